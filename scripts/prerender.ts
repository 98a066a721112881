/**
 * Writes a complete HTML page for every route into dist/ (dist/characters/charlie-spring/index.html
 * and so on) plus dist/404.html, using the server build of the same routes the browser runs.
 * Run by `npm run build` after the client and server builds.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PageMeta } from '../src/app/page-meta.ts';
import type * as Server from '../src/entry-server.tsx';

const root = join(import.meta.dirname, '..');
const dist = join(root, 'dist');
const base = normaliseBase(process.env.BASE_PATH ?? '/');
const siteUrl = (process.env.SITE_URL ?? 'http://localhost:4173').replace(/\/+$/, '');

function normaliseBase(value: string): string {
  const withLead = value.startsWith('/') ? value : `/${value}`;
  return withLead.endsWith('/') ? withLead : `${withLead}/`;
}

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The public address of a page: SITE_URL + base path + route. */
export function canonicalUrl(pathname: string): string {
  return `${siteUrl}${base}${pathname.replace(/^\//, '')}`;
}

let server: typeof Server;

function headTags(meta: PageMeta, pathname: string | null): string {
  const title = server.documentTitle(meta);
  const tags = [
    `<title>${escapeHtml(title)}</title>`,
    `<meta name="description" content="${escapeHtml(meta.description)}" />`,
  ];
  if (pathname !== null) {
    const url = canonicalUrl(pathname);
    tags.push(
      `<link rel="canonical" href="${escapeHtml(url)}" />`,
      `<meta property="og:site_name" content="${escapeHtml(server.SITE_NAME)}" />`,
      `<meta property="og:title" content="${escapeHtml(meta.title)}" />`,
      `<meta property="og:description" content="${escapeHtml(meta.description)}" />`,
      `<meta property="og:url" content="${escapeHtml(url)}" />`,
      `<meta property="og:type" content="${meta.type ?? 'website'}" />`,
      `<meta name="twitter:card" content="summary" />`,
    );
  } else {
    tags.push('<meta name="robots" content="noindex" />');
  }
  return tags.join('\n    ');
}

function fileFor(pathname: string): string {
  return pathname === '/' ? join(dist, 'index.html') : join(dist, pathname, 'index.html');
}

async function main() {
  const template = readFileSync(join(dist, 'index.html'), 'utf8');
  if (!template.includes('<!--app-html-->'))
    throw new Error('dist/index.html has no <!--app-html--> marker.');
  server = (await import(
    pathToFileURL(join(root, '.ssr', 'entry-server.js')).href
  )) as typeof Server;
  const pages = await server.listPages();

  const fill = (rendered: Server.RenderedPage, pathname: string | null) =>
    template
      .replace(/<!--app-head:start-->[\s\S]*<!--app-head:end-->/, headTags(rendered.meta, pathname))
      .replace('<!--app-html-->', rendered.html)
      .replace(
        '<!--app-state-->',
        rendered.state
          ? `<script type="application/json" id="${server.PAGE_STATE_ID}">${server.serialisePageState(rendered.state)}</script>`
          : '',
      );

  for (const pathname of pages) {
    const rendered = await server.render(pathname, { basename: base });
    if (rendered.status !== 200)
      throw new Error(`${pathname} rendered with status ${rendered.status}.`);
    const file = fileFor(pathname);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, fill(rendered, pathname));
  }

  const missing = await server.render(server.NOT_FOUND_PATH, { basename: base });
  if (missing.status !== 404)
    throw new Error(`The not-found page rendered with status ${missing.status}.`);
  writeFileSync(join(dist, '404.html'), fill(missing, null));

  rmSync(join(root, '.ssr'), { recursive: true, force: true });
  console.log(
    `Prerendered ${pages.length} pages and 404.html into dist/ (base ${base}, site ${siteUrl}).`,
  );
}

await main();
