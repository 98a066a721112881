/**
 * Turns the client build into the finished site: compiles the content into page data
 * (dist/data/**.json), each page's sources listed in the order its rendered text cites them
 * (compile/citation-order.ts), writes a complete HTML page for every route
 * (dist/characters/charlie-spring/index.html and so on) with the same routes the browser runs,
 * each with its own preview card
 * (dist/cards/, scripts/cards/) and structured data, dist/404.html, the offline shell,
 * sitemap.xml, robots.txt, _headers, the feed, and the service worker with its revisioned
 * precache. Run by `npm run build` after the client and server builds.
 *
 * SITE_URL (public origin) and BASE_PATH (sub-path) shape canonical links and the sitemap.
 * Nothing here depends on the day of the build: the same content gives the same files.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Server from '../src/entry-server.tsx';
import { STORY_LIMITS } from '../src/data/story.ts';
import { earlyScript } from '../src/lib/early-script.ts';
import { numberInReadingOrder } from './compile/citation-order.ts';
import { compileSite } from './compile/compile.ts';
import { changeEntries } from '../src/features/changes/changes-view.build.ts';
import { indexContent } from '../src/data/wiki-index.ts';
import { cardText } from './cards/card-text.ts';
import { CARD_CAP, cardJob, pagesWithCards, writeCards, type CardJob } from './cards/cards.ts';
import { deferEntryScript, readAsset } from './lib/app-loader.ts';
import { ownData, type BuiltPage } from './lib/built-page.ts';
import { atomFeed } from './lib/feed.ts';
import { headTags, OG_IMAGE, type HeadInput } from './lib/head.ts';
import { precompress } from './lib/precompress.ts';
import {
  compileOptionsFromEnv,
  loadCheckedContent,
  siteAddressFromEnv,
} from './lib/load-content.ts';
import { contentRevision, writeServiceWorker } from './lib/service-worker.ts';
import { jsonLdScript, structuredData } from './lib/structured-data.ts';
import { absoluteUrl, headersFile, robotsTxt, sitemapXml } from './lib/site-files.ts';

const EARLY_SCRIPT = earlyScript(STORY_LIMITS);
const root = join(import.meta.dirname, '..');
// An absolute DIST_DIR or SSR_DIR is used as it is; a relative one is below the repository.
const dist = resolve(root, process.env.DIST_DIR ?? 'dist');
/** Where `vite build --ssr` put the server bundle: .ssr, or SSR_DIR. */
const ssr = resolve(root, process.env.SSR_DIR ?? '.ssr');

const publicAddress = siteAddressFromEnv();
const { address } = publicAddress;

const sha256 = (text: string) =>
  `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * The policy every page carries; `_headers` adds what only a header can say (frame-ancestors).
 * Inline content is allowed only by hash: the page's own stylesheet, which is inlined so the
 * first paint needs no second request, the early script that applies the reader's stored
 * theme and spoiler setting before the first paint, and the loader that starts the app after it
 * (lib/app-loader.ts).
 */
function contentSecurityPolicy({
  styleHashes,
  scriptHashes,
}: {
  styleHashes: string[];
  scriptHashes: string[];
}): string {
  return [
    "default-src 'self'",
    `script-src 'self' ${scriptHashes.join(' ')}`.trim(),
    `style-src 'self' ${styleHashes.join(' ')}`.trim(),
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
  ].join('; ');
}

/** Replaces the built stylesheet link with the stylesheet itself, and returns its CSP hash. */
function inlineStylesheet(html: string): { html: string; hash: string } {
  const link = /<link rel="stylesheet" crossorigin href="([^"]+\.css)">/.exec(html);
  if (!link) throw new Error('dist/index.html has no stylesheet link to inline.');
  const css = readFileSync(join(dist, link[1]!.slice(address.base.length)), 'utf8').trim();
  return { html: html.replace(link[0], () => `<style>${css}</style>`), hash: sha256(css) };
}

const fileFor = (pathname: string) => join(dist, pathname, 'index.html');

async function main() {
  const built = readFileSync(join(dist, 'index.html'), 'utf8');
  if (!built.includes('<!--app-html-->'))
    throw new Error('dist/index.html has no <!--app-html--> marker.');
  const { html: styled, hash: styleHash } = inlineStylesheet(built);
  const { html: template, loader } = deferEntryScript(styled, readAsset(join(dist, 'assets')));
  const policy = contentSecurityPolicy({
    styleHashes: [styleHash],
    scriptHashes: [sha256(EARLY_SCRIPT), sha256(loader)],
  });

  const content = loadCheckedContent();
  const site = compileSite(content, compileOptionsFromEnv(process.env, address));

  const server = (await import(pathToFileURL(join(ssr, 'entry-server.js')).href)) as typeof Server;
  server.setDataReader(async (key) => {
    const value = site.files.get(key);
    if (value === undefined) throw new server.DataNotFound(key);
    return value;
  });
  // Every page rendered, its citations numbered in the order its reader meets them: a page whose
  // data listed its sources in another order has them reordered in its data and is rendered
  // again (compile/citation-order.ts). So the data files are written after.
  const { rendered: renders, reordered } = await numberInReadingOrder(
    site.pages,
    site.files,
    (path) => server.render(path, { basename: address.base }),
  );

  rmSync(join(dist, 'data'), { recursive: true, force: true });
  const revisions = new Map<string, string>();
  for (const [key, value] of site.files) {
    const file = join(dist, 'data', `${key}.json`);
    const text = JSON.stringify(value);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
    revisions.set(key, contentRevision(text));
  }

  const fill = (
    rendered: Server.RenderedPage | null,
    pathname: string | null,
    extra: Pick<HeadInput, 'image' | 'structuredData'> = {},
  ) => {
    const meta = rendered?.meta ?? {
      title: server.SITE_NAME,
      description: 'An unofficial, cited Heartstopper wiki.',
    };
    const head = headTags(
      {
        title: meta.title,
        documentTitle: server.documentTitle(meta),
        description: meta.description,
        type: meta.type ?? 'website',
        siteName: server.SITE_NAME,
        ...extra,
      },
      address,
      pathname,
    );
    const state = rendered?.state
      ? `<script type="application/json" id="${server.PAGE_STATE_ID}">${server.serialisePageState({
          ...rendered.state,
          data: rendered.dataKeys.map((key) => ({ key, rev: revisions.get(key)! })),
        })}</script>`
      : '';
    // Replacer functions, so a "$&" or "$'" in page text is never read as a replacement pattern.
    return template
      .replace(/<!--app-head:start-->[\s\S]*<!--app-head:end-->/, () => head)
      .replace(
        '<meta charset="utf-8" />',
        () =>
          `<meta charset="utf-8" />\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />\n    <script>${EARLY_SCRIPT}</script>`,
      )
      .replace('<!--app-html-->', () => rendered?.html ?? '')
      .replace('<!--app-state-->', () => state);
  };

  const ldSite = { name: server.SITE_NAME, url: (path: string) => absoluteUrl(address, path) };
  const withCards = pagesWithCards(site.pages);
  const cards: CardJob[] = [];
  for (const page of site.pages) {
    const rendered = renders.get(page.path)!;
    if (rendered.status !== 200)
      throw new Error(`${page.path} rendered with status ${rendered.status}.`);
    const built: BuiltPage = {
      path: page.path,
      template: page.template,
      meta: rendered.meta,
      data: ownData(rendered.dataKeys.map((key) => site.files.get(key))),
    };
    const card = withCards.has(page) ? cardJob(page.path, cardText(built)) : undefined;
    if (card) cards.push(card);
    const image = card?.ref ?? OG_IMAGE;
    const ld = structuredData(built, ldSite, { ...image, url: absoluteUrl(address, image.path) });
    const file = fileFor(page.path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, fill(rendered, page.path, { image, structuredData: jsonLdScript(ld) }));
  }
  const drawn = await writeCards(cards, dist);

  const missing = await server.render(server.NOT_FOUND_PATH, { basename: address.base });
  if (missing.status !== 404)
    throw new Error(`The not-found page rendered with status ${missing.status}.`);
  writeFileSync(join(dist, '404.html'), fill(missing, null));
  // The offline shell: no page in it, so the app renders whatever page is asked for from its data.
  mkdirSync(join(dist, 'shell'), { recursive: true });
  writeFileSync(join(dist, 'shell', 'index.html'), fill(null, null));

  writeFileSync(join(dist, 'sitemap.xml'), sitemapXml(address, site.pages));
  writeFileSync(join(dist, 'robots.txt'), robotsTxt(address));
  writeFileSync(
    join(dist, 'feed.xml'),
    atomFeed(address, changeEntries(indexContent(content)), {
      title: 'Heartstopper Fan Wiki: recent changes',
      subtitle:
        'New facts, corrections and release news on the unofficial, cited Heartstopper wiki.',
    }),
  );
  writeFileSync(join(dist, '_headers'), headersFile(address, policy));

  const offline = writeServiceWorker(dist, address.base);
  const packed = precompress(dist);

  rmSync(ssr, { recursive: true, force: true });
  console.log(
    `Preview cards: ${drawn.cards} (${site.pages.length - cards.length} pages past the cap of ${CARD_CAP} use the generic card), ${drawn.drawn} drawn in ${drawn.drawSeconds.toFixed(1)} s, the rest from the cache; ${Math.round(drawn.bytes / 1024)} KB in all, the largest ${Math.round(drawn.largest / 1024)} KB.`,
  );
  console.log(
    `Prerendered ${site.pages.length} pages (${reordered} rendered again with their citations renumbered in reading order) and ${site.files.size} data files, 404.html, the offline shell, sitemap.xml, robots.txt, _headers and sw.js (${offline.entries} files precached, ${Math.round(offline.gzipBytes / 1024)} KB gzip), with .gz and .br beside ${packed.files} text files, into ${dist} (base ${address.base}, site ${address.siteUrl}${publicAddress.from === 'homepage' ? ', from package.json\'s "homepage"' : ''}).`,
  );
  // Last, so it is the first thing seen at the end of a long build log.
  if (publicAddress.warning) {
    const lines = publicAddress.warning.split('\n');
    const width = Math.max(...lines.map((l) => l.length));
    console.warn(
      [
        `┌${'─'.repeat(width + 2)}┐`,
        ...lines.map((l) => `│ ${l.padEnd(width)} │`),
        `└${'─'.repeat(width + 2)}┘`,
      ].join('\n'),
    );
  }
}

await main();
