/**
 * Walks the build output (no browser): every built page has its own title, description,
 * canonical link, preview tags, page state and main content, its data refs point at data files
 * of that very revision, and every internal link resolves to a file in dist without a redirect.
 * Fast HTML-level checks over every page, in one test; then the site files.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import {
  citedLists,
  numberingProblems,
  readingOrder,
  unnumberedIds,
} from '../../scripts/compile/citation-order';
import { appLoader, readAsset, staticImports } from '../../scripts/lib/app-loader';
import { CONTENT_ROOT } from '../../scripts/lib/content-root';
import { limitsOf, type StoryShape } from '../../src/data/story-shape';
import { earlyScript } from '../../src/lib/early-script';

// Read as a file: the browser tests' loader takes no JSON modules.
const SHAPE = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', '..', 'src', 'data', 'shape.json'), 'utf8'),
) as StoryShape;
const EARLY_SCRIPT = earlyScript(limitsOf(SHAPE));
import { builtPages, builtRoles, DIST, literally, TEMPLATES, walk } from './site';

const SITE = (process.env.SITE_URL ?? 'http://localhost:4173').replace(/\/+$/, '');

const fileFor = (path: string) => join(DIST, path, 'index.html');
/** A data file's revision, as the build computes it: the start of its bytes' SHA-256. */
const revisionOf = (file: string) =>
  createHash('sha256').update(readFileSync(file)).digest('hex').slice(0, 16);

function attr(html: string, selector: RegExp): string | undefined {
  return selector.exec(html)?.[1];
}
const metaName = (html: string, name: string) =>
  attr(html, new RegExp(`<meta name="${name}" content="([^"]*)"`));
const metaProperty = (html: string, property: string) =>
  attr(html, new RegExp(`<meta property="${property}" content="([^"]*)"`));
const decode = (s: string | undefined) =>
  s
    ?.replace(/&quot;/g, '"')
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

interface PageState {
  path: string;
  router: unknown;
  data: { key: string; rev: string }[];
}
const pageState = (html: string): PageState | undefined => {
  const json = attr(html, /<script type="application\/json" id="page-state">([^<]*)<\/script>/);
  return json ? (JSON.parse(json) as PageState) : undefined;
};

/** What is wrong with an internal href, or null if it resolves to a file without a redirect. */
function linkProblem(href: string): string | null {
  let path = href.replace(/[?#].*$/, '');
  try {
    path = decodeURIComponent(path);
  } catch {
    return 'is not valid percent-encoding';
  }
  const target = join(DIST, path);
  if (!target.startsWith(DIST)) return 'leaves the site';
  if (path.endsWith('/')) {
    const file = join(target, 'index.html');
    if (!existsSync(file)) return 'is not a page in dist';
    // A link into a page (/awards/#award-x) needs an element with that id there.
    const fragment = /#(.+)$/.exec(href)?.[1];
    if (fragment && !readFileSync(file, 'utf8').includes(`id="${fragment}"`))
      return `has no element with id "${fragment}" on that page`;
    return null;
  }
  if (existsSync(target) && statSync(target).isFile()) return null;
  if (existsSync(join(target, 'index.html'))) return 'is a page but does not end with "/"';
  return 'is not a file in dist';
}

test('every built page: one h1, its own title and description, canonical address, its own preview card, structured data, page state with current data, internal links that resolve', () => {
  const pages = builtPages();
  // Every template's sample page is among them (a sanity check on the walk, not a count).
  for (const { path } of TEMPLATES) expect(pages, path).toContain(path);

  const problems: string[] = [];
  const titles = new Map<string, string>();
  const descriptions = new Map<string, string>();
  const cards = new Map<string, string>();
  const brokenLinks = new Map<string, Set<string>>();
  let linksChecked = 0;

  for (const path of pages) {
    const html = readFileSync(fileFor(path), 'utf8');
    const problem = (what: string) => problems.push(`${path}: ${what}`);

    const h1s = html.match(/<h1[\s>]/g)?.length ?? 0;
    if (h1s !== 1) problem(`${h1s} <h1> elements`);
    if (!html.includes('<main id="main"')) problem('no <main id="main">');

    const title = decode(attr(html, /<title>([^<]*)<\/title>/));
    if (!title) problem('no <title>');
    else if (titles.has(title)) problem(`title "${title}" is also ${titles.get(title)}'s`);
    else titles.set(title, path);

    const description = decode(metaName(html, 'description'));
    if (!description) problem('no meta description');
    else {
      if (description.length < 40 || description.length > 160)
        problem(`description is ${description.length} characters: "${description}"`);
      if (descriptions.has(description))
        problem(`description "${description}" is also ${descriptions.get(description)}'s`);
      else descriptions.set(description, path);
    }

    const url = `${SITE}${path}`;
    const canonical = attr(html, /<link rel="canonical" href="([^"]*)"/);
    if (canonical !== url) problem(`canonical is ${canonical}, expected ${url}`);
    const ogUrl = metaProperty(html, 'og:url');
    if (ogUrl !== url) problem(`og:url is ${ogUrl}, expected ${url}`);
    if (
      title &&
      decode(metaProperty(html, 'og:title')) !== title.replace(/ · Heartstopper Fan Wiki$/, '')
    )
      problem(`og:title "${decode(metaProperty(html, 'og:title'))}" is not the title`);
    if (decode(metaProperty(html, 'og:description')) !== description)
      problem('og:description is not the description');
    if (!/^(website|article|profile)$/.test(metaProperty(html, 'og:type') ?? ''))
      problem(`og:type is ${metaProperty(html, 'og:type')}`);
    // Its own preview card, there in dist, and the same one for every kind of preview.
    const image = metaProperty(html, 'og:image') ?? '';
    if (!image.startsWith(`${SITE}/cards/`) || !image.endsWith('.png'))
      problem(`og:image is ${image}, not the page's own card`);
    else if (!existsSync(join(DIST, image.slice(SITE.length))))
      problem(`og:image ${image} is not in dist`);
    else if (cards.has(image)) problem(`og:image is also ${cards.get(image)}'s`);
    else cards.set(image, path);
    if (metaName(html, 'twitter:image') !== image) problem('twitter:image is not og:image');
    if (!metaProperty(html, 'og:image:alt')) problem('no og:image:alt');
    if (metaName(html, 'twitter:card') !== 'summary_large_image') problem('no twitter:card');

    // One JSON-LD block that parses, with the page and its breadcrumbs, at this address, whose
    // addresses on the site are all pages or files in dist.
    const blocks = [...html.matchAll(/<script type="application\/ld\+json">([^<]*)<\/script>/g)];
    if (blocks.length !== 1) problem(`${blocks.length} JSON-LD blocks`);
    else {
      const graph = (JSON.parse(blocks[0]![1]!) as { '@graph': Record<string, unknown>[] })[
        '@graph'
      ];
      const types = graph.map((n) => n['@type']);
      if (!types.includes('BreadcrumbList')) problem('no BreadcrumbList in the JSON-LD');
      const webPage = graph.find((n) => /Page$/.test(String(n['@type'])));
      if (webPage?.url !== url) problem(`the JSON-LD page is ${String(webPage?.url)}`);
      // Links (url, item), not identifiers (@id).
      for (const [, address] of blocks[0]![1]!.matchAll(/"(?:url|item)":"([^"]+)"/g)) {
        if (!address!.startsWith(`${SITE}/`)) continue;
        const wrong = linkProblem(address!.slice(SITE.length));
        if (wrong) problem(`JSON-LD address ${address} ${wrong}`);
      }
    }

    const state = pageState(html);
    if (!state) problem('no page state');
    else {
      if (state.path !== path) problem(`page state is for ${state.path}`);
      for (const { key, rev } of state.data) {
        const file = join(DIST, 'data', `${key}.json`);
        if (!existsSync(file)) problem(`data ${key} is not in dist/data`);
        else if (revisionOf(file) !== rev)
          problem(`data ${key} is at revision ${revisionOf(file)}, the page says ${rev}`);
      }
    }

    for (const [, raw] of html.matchAll(/\shref="([^"]*)"/g)) {
      const href = decode(raw)!;
      if (!href.startsWith('/') || href.startsWith('//')) continue;
      linksChecked++;
      const wrong = linkProblem(href);
      if (wrong) {
        const key = `${href} ${wrong}`;
        if (!brokenLinks.has(key)) brokenLinks.set(key, new Set());
        brokenLinks.get(key)!.add(path);
      }
    }
  }
  for (const [link, on] of brokenLinks) {
    const where = [...on];
    problems.push(
      `link ${link} (on ${where.slice(0, 3).join(', ')}${where.length > 3 ? ` and ${where.length - 3} more` : ''})`,
    );
  }
  expect(problems, problems.join('\n')).toEqual([]);
  // The walk found links to check on every page (the header alone has several).
  expect(linksChecked).toBeGreaterThan(pages.length * 5);
});

test('template pages carry their h1 in the HTML; every actor and character link to each other', () => {
  for (const { path, h1 } of TEMPLATES) {
    const html = readFileSync(fileFor(path), 'utf8');
    const text = decode(attr(html, /<h1[^>]*>([\s\S]*?)<\/h1>/)?.replace(/<[^>]+>/g, ''));
    if (typeof h1 === 'string') expect(text, path).toBe(h1);
    else expect(text, path).toMatch(h1);
  }
  // A link as React writes it: the name with its HTML characters escaped.
  const escaped = (text: string) =>
    text
      .replaceAll('&', '&amp;')
      .replaceAll('<', '&lt;')
      .replaceAll('>', '&gt;')
      .replaceAll('"', '&quot;')
      .replaceAll("'", '&#x27;');
  const link = (path: string, name: string) =>
    new RegExp(`<a href="${literally(path)}"[^>]*>${literally(escaped(name))}</a>`);
  const roles = builtRoles();
  expect(roles.length).toBeGreaterThan(0);
  for (const { path, name, actor } of roles) {
    expect(readFileSync(fileFor(path), 'utf8'), path).toMatch(link(actor.path, actor.name));
    expect(readFileSync(fileFor(actor.path), 'utf8'), actor.path).toMatch(link(path, name));
  }
});

test('every built page numbers its citations in reading order, 1, 2, 3…, each with its source listed, its data listing its sources in that order, and no editors’ remark in its text', () => {
  const problems: string[] = [];
  let reading = 0;
  for (const path of builtPages()) {
    const html = readFileSync(fileFor(path), 'utf8');
    problems.push(...numberingProblems(html).map((p) => `${path}: ${p}`));
    // The data the browser numbers from when it draws the page lists them in the same order.
    for (const { key } of pageState(html)?.data ?? []) {
      const data = JSON.parse(readFileSync(join(DIST, 'data', `${key}.json`), 'utf8')) as {
        meta?: unknown;
        view?: unknown;
        sources?: { id: string; url: string; title: string }[];
      };
      if (!data.meta || !data.sources?.length) continue;
      reading++;
      const listed = data.sources.map((s) => s.id);
      if (readingOrder(html, data.sources, citedLists(data.view)).join() !== listed.join())
        problems.push(`${path}: data/${key}.json lists its sources out of reading order`);
      const unnumbered = unnumberedIds(data);
      if (unnumbered.length)
        problems.push(`${path}: cites ${unnumbered.join(', ')} with no number`);
    }
    if (path.startsWith('/contribute/')) continue; // editors' pages: remarks belong there
    const text = html.replace(/<script[\s\S]*?<\/script>|<[^>]+>/g, ' ');
    for (const phrase of ['(secondary source)', 'our sources', 'stored copy', 'not on record'])
      if (text.includes(phrase)) problems.push(`${path}: reads "${phrase}"`);
  }
  expect(problems).toEqual([]);
  expect(reading).toBeGreaterThan(100);
});

test('every person, character and place in the content has a page', () => {
  const slugs = (folder: string) =>
    readdirSync(join(CONTENT_ROOT, folder))
      .filter((f) => f.endsWith('.json'))
      .map((f) => f.slice(0, -'.json'.length));
  const missing = [
    ...slugs('people').map((s) => `/cast/${s}/`),
    ...slugs('characters').map((s) => `/characters/${s}/`),
    ...slugs('places').map((s) => `/places/${s}/`),
  ].filter((path) => !existsSync(fileFor(path)));
  expect(missing).toEqual([]);
});

test.describe('site files', () => {
  test('404.html is the not-found page and is never indexed', () => {
    const html = readFileSync(join(DIST, '404.html'), 'utf8');
    expect(html).toContain('<h1>Page not found</h1>');
    expect(html).toContain('<meta name="robots" content="noindex" />');
    expect(html).not.toContain('id="page-state"');
  });

  test('the sitemap lists every page with its lastmod, and robots.txt points at it', () => {
    const sitemap = readFileSync(join(DIST, 'sitemap.xml'), 'utf8');
    const entries = [...sitemap.matchAll(/<url>([\s\S]*?)<\/url>/g)].map((m) => m[1]!);
    const locs = entries.map((entry) => /<loc>([^<]+)<\/loc>/.exec(entry)?.[1]);
    expect(locs.sort()).toEqual(builtPages().map((path) => `${SITE}${path}`));
    for (const entry of entries)
      expect(entry, entry).toMatch(/<lastmod>\d{4}-\d{2}-\d{2}<\/lastmod>/);
    expect(readFileSync(join(DIST, 'robots.txt'), 'utf8')).toContain(
      `Sitemap: ${SITE}/sitemap.xml`,
    );
  });

  test('the web manifest and icons are there', () => {
    const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.webmanifest'), 'utf8'));
    expect(manifest.name).toBe('Heartstopper Fan Wiki');
    for (const icon of manifest.icons)
      expect(existsSync(join(DIST, icon.src)), icon.src).toBe(true);
    for (const file of ['favicon.svg', 'apple-touch-icon.png', 'og-card.jpg'])
      expect(existsSync(join(DIST, file))).toBe(true);
  });

  test('_headers carries the security headers', () => {
    const headers = readFileSync(join(DIST, '_headers'), 'utf8');
    expect(headers).toMatch(
      /Content-Security-Policy: default-src 'self'; script-src 'self'.*object-src 'none'; base-uri 'none'.*frame-ancestors 'none'/,
    );
    expect(headers).toContain('Strict-Transport-Security: max-age=');
    expect(headers).toContain('X-Content-Type-Options: nosniff');
    expect(headers).toContain('Referrer-Policy:');
    expect(headers).toContain('Permissions-Policy:');
  });

  test('the only inline scripts are the early settings script and the app loader, allowed by their hashes (page state and structured data are data, never run); no source maps', () => {
    const files = walk(DIST);
    expect(files.filter((f) => f.endsWith('.map'))).toEqual([]);
    const hash = (text: string) =>
      `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
    const entry = attr(readFileSync(join(DIST, 'index.html'), 'utf8'), /s\.src="([^"]+)"/);
    expect(entry).toMatch(/^\/assets\/index-[\w-]+\.js$/);
    // The loader preloads what the entry imports statically, all at once, and links the manifest.
    const imports = staticImports(entry!.slice('/assets/'.length), readAsset(join(DIST, 'assets')));
    expect(imports.some((name) => name.startsWith('framework-'))).toBe(true);
    const loader = appLoader({
      entry: entry!,
      imports: imports.map((name) => `/assets/${name}`),
      manifest: '/manifest.webmanifest',
    });
    const scriptSrc = `script-src 'self' ${hash(EARLY_SCRIPT)} ${hash(loader)};`;
    expect(readFileSync(join(DIST, '_headers'), 'utf8')).toContain(scriptSrc);
    const html = files.filter((f) => f.endsWith('.html'));
    expect(html).toContain(join(DIST, 'shell', 'index.html'));
    for (const file of html) {
      const text = readFileSync(file, 'utf8');
      const inline = [
        ...text.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g),
      ].filter((m) => !/type="application\/(ld\+)?json"/.test(m[1]!));
      expect(
        inline.map((m) => m[2]),
        file,
      ).toEqual([EARLY_SCRIPT, loader]);
      // The page asks for nothing else before it paints: the loader adds the app's code (and
      // the manifest) after the first paint.
      expect(text, file).not.toMatch(/<script[^>]*type="module"/);
      expect(text, file).not.toMatch(/<link rel="(modulepreload|preload|manifest|stylesheet)"/);
      const policy = attr(text, /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/);
      expect(policy, file).toContain(scriptSrc);
      expect(policy, file).not.toContain('unsafe-inline');
    }
  });
});
