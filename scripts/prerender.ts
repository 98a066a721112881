/**
 * Writes a complete HTML page for every route into dist/ (dist/characters/charlie-spring/index.html
 * and so on), dist/404.html, sitemap.xml, robots.txt and _headers, using the server build of the
 * same routes the browser runs. Run by `npm run build` after the client and server builds.
 *
 * SITE_URL (public origin) and BASE_PATH (sub-path) shape canonical links and the sitemap.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Server from '../src/entry-server.tsx';
import { EARLY_SCRIPT } from '../src/lib/early-script.ts';
import { headTags } from './lib/head.ts';
import { writeServiceWorker } from './lib/service-worker.ts';
import { headersFile, robotsTxt, sitemapXml, type SiteAddress } from './lib/site-files.ts';

const root = join(import.meta.dirname, '..');
const dist = join(root, process.env.DIST_DIR ?? 'dist');

function normaliseBase(value: string): string {
  const withLead = value.startsWith('/') ? value : `/${value}`;
  return withLead.endsWith('/') ? withLead : `${withLead}/`;
}

const address: SiteAddress = {
  siteUrl: (process.env.SITE_URL ?? 'http://localhost:4173').replace(/\/+$/, ''),
  base: normaliseBase(process.env.BASE_PATH ?? '/'),
};

const sha256 = (text: string) =>
  `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * The policy every page carries; `_headers` adds what only a header can say (frame-ancestors).
 * Inline content is allowed only by hash: the page's own stylesheet, which is inlined so the
 * first paint needs no second request, and the early script that applies the reader's stored
 * theme and spoiler setting before the first paint.
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

const fileFor = (pathname: string) =>
  pathname === '/' ? join(dist, 'index.html') : join(dist, pathname, 'index.html');

async function main() {
  const built = readFileSync(join(dist, 'index.html'), 'utf8');
  if (!built.includes('<!--app-html-->'))
    throw new Error('dist/index.html has no <!--app-html--> marker.');
  const { html: template, hash: styleHash } = inlineStylesheet(built);
  const policy = contentSecurityPolicy({
    styleHashes: [styleHash],
    scriptHashes: [sha256(EARLY_SCRIPT)],
  });
  const server = (await import(
    pathToFileURL(join(root, '.ssr', 'entry-server.js')).href
  )) as typeof Server;
  const pages = await server.listPages();

  const fill = (rendered: Server.RenderedPage, pathname: string | null) => {
    const head = headTags(
      {
        title: rendered.meta.title,
        documentTitle: server.documentTitle(rendered.meta),
        description: rendered.meta.description,
        type: rendered.meta.type ?? 'website',
        siteName: server.SITE_NAME,
      },
      address,
      pathname,
    );
    const state = rendered.state
      ? `<script type="application/json" id="${server.PAGE_STATE_ID}">${server.serialisePageState(rendered.state)}</script>`
      : '';
    // Replacer functions, so a "$&" or "$'" in page text is never read as a replacement pattern.
    return template
      .replace(/<!--app-head:start-->[\s\S]*<!--app-head:end-->/, () => head)
      .replace(
        '<meta charset="utf-8" />',
        () =>
          `<meta charset="utf-8" />\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />\n    <script>${EARLY_SCRIPT}</script>`,
      )
      .replace('<!--app-html-->', () => rendered.html)
      .replace('<!--app-state-->', () => state);
  };

  for (const pathname of pages) {
    const rendered = await server.render(pathname, { basename: address.base });
    if (rendered.status !== 200)
      throw new Error(`${pathname} rendered with status ${rendered.status}.`);
    const file = fileFor(pathname);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, fill(rendered, pathname));
  }

  const missing = await server.render(server.NOT_FOUND_PATH, { basename: address.base });
  if (missing.status !== 404)
    throw new Error(`The not-found page rendered with status ${missing.status}.`);
  writeFileSync(join(dist, '404.html'), fill(missing, null));

  writeFileSync(join(dist, 'sitemap.xml'), sitemapXml(address, pages, server.BUILD_DATE));
  writeFileSync(join(dist, 'robots.txt'), robotsTxt(address));
  writeFileSync(join(dist, '_headers'), headersFile(address, policy));

  const offline = writeServiceWorker(dist, address.base);

  rmSync(join(root, '.ssr'), { recursive: true, force: true });
  console.log(
    `Prerendered ${pages.length} pages, 404.html, sitemap.xml, robots.txt, _headers and sw.js (${offline.files} files, version ${offline.version}) into ${dist} (base ${address.base}, site ${address.siteUrl}).`,
  );
}

await main();
