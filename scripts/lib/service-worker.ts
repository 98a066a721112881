/**
 * Writes dist/sw.js: the service worker, with a revisioned precache (docs/decisions/025).
 *
 * - The precache holds the code (every hashed asset), the offline shell, the icons, the search's
 *   names (whole, if they fit their share), and the page data, hub pages first, up to a byte cap. Not the pages' HTML: a page the
 *   reader has not visited renders offline from its data in the shell.
 * - Each entry is cached under its URL plus a revision, the hash of its content (hashed assets
 *   need none: their name is their revision). A new deploy installs only entries whose key is
 *   not cached yet, so after a one-character change a returning reader downloads that
 *   character's data and the worker script, not the site. Activation drops keys the new
 *   manifest does not list. Same content, same bytes: a rebuild changes nothing.
 * - Pages go to the network first and are kept for offline; with neither, the shell renders the
 *   page from the precached data, or the 404 page says so.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Page data beyond this much (gzip) is cached as it is read instead of ahead of time. */
export const DATA_CAP_BYTES = 1_500_000;
/**
 * The search's manifest and names come whole or not at all, and only if they fit in this share
 * of the cap: a partial set would find some names offline and not others, and a huge wiki's
 * names would leave no room for pages.
 */
export const SEARCH_SHARE_BYTES = 600_000;

export interface PrecacheEntry {
  /** Path below the site's base: "assets/index-a1b2.js", "data/character/charlie-spring.json". */
  path: string;
  /** Content hash; null for a hashed asset, whose name already changes with its content. */
  revision: string | null;
  gzipBytes: number;
}

/** A file's revision: the start of its content's SHA-256, the same for the same bytes. */
export function contentRevision(body: string | Buffer): string {
  return createHash('sha256').update(body).digest('hex').slice(0, 16);
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

const HASHED_ASSET = /^assets\/.+-[A-Za-z0-9_-]{8,}\.[a-z0-9]+$/;
const ALWAYS = [
  /^shell\/index\.html$/,
  /^404\.html$/,
  /^manifest\.webmanifest$/,
  /^favicon\.svg$/,
  /^icon-\d+\.png$/,
  /^apple-touch-icon\.png$/,
];

/** Data that comes first: the manifest and names of the search, hub pages and list starts. */
function dataRank(path: string): number {
  if (/^data\/search\/(manifest|names-\d+)\.json$/.test(path)) return 0;
  if (/^data\/(pages\/|lists\/[a-z]+-start\.json)/.test(path)) return 1;
  if (/^data\/(volume|season)\//.test(path)) return 2;
  if (/^data\/(character|person|episode|place)\//.test(path)) return 3;
  return 9; // full lists, search text and details: cached as read
}

/** What the worker precaches, in the order it fetches them. */
export function precacheEntries(dist: string): PrecacheEntry[] {
  const files = walk(dist)
    .map((path) => relative(dist, path).split(sep).join('/'))
    .sort();
  const entry = (path: string): PrecacheEntry => {
    const body = readFileSync(join(dist, path));
    return {
      path,
      revision: HASHED_ASSET.test(path) ? null : contentRevision(body),
      gzipBytes: gzipSync(body).length,
    };
  };
  const code = files.filter((f) => f.startsWith('assets/') || ALWAYS.some((re) => re.test(f)));
  const data = files
    .filter((f) => f.startsWith('data/') && dataRank(f) < 9)
    .sort((a, b) => dataRank(a) - dataRank(b) || a.localeCompare(b))
    .map(entry);
  const out = code.map(entry);
  const search = data.filter((e) => dataRank(e.path) === 0);
  const searchBytes = search.reduce((n, e) => n + e.gzipBytes, 0);
  let dataBytes = 0;
  if (searchBytes <= SEARCH_SHARE_BYTES) {
    out.push(...search);
    dataBytes = searchBytes;
  }
  // Then the pages' data, most useful first; a file that does not fit is left to be cached as
  // it is read, and smaller ones after it still fill the room.
  for (const e of data.filter((d) => dataRank(d.path) > 0)) {
    if (dataBytes + e.gzipBytes > DATA_CAP_BYTES) continue;
    dataBytes += e.gzipBytes;
    out.push(e);
  }
  return out;
}

export function writeServiceWorker(
  dist: string,
  base: string,
): { entries: number; gzipBytes: number } {
  const entries = precacheEntries(dist);
  writeFileSync(join(dist, 'sw.js'), serviceWorkerSource({ base, entries }));
  return { entries: entries.length, gzipBytes: entries.reduce((n, e) => n + e.gzipBytes, 0) };
}

export function serviceWorkerSource({
  base,
  entries,
}: {
  base: string;
  entries: readonly Pick<PrecacheEntry, 'path' | 'revision'>[];
}): string {
  const manifest = entries.map((e) => (e.revision ? [e.path, e.revision] : [e.path]));
  return `// Generated by scripts/lib/service-worker.ts at build time. Do not edit.
const BASE = ${JSON.stringify(base)};
const MANIFEST = ${JSON.stringify(manifest)};
const PRECACHE = 'hs-precache';
const PAGES = 'hs-pages';
const RUNTIME = 'hs-runtime';
const SHELL = BASE + 'shell/index.html';
const NOT_FOUND = BASE + '404.html';
const MAX_PAGES = 60;

const absolute = (path) => new URL(BASE + path, self.location.origin).href;
// URL -> cache key: the URL plus its revision, so a changed file gets a new key.
const KEYS = new Map(
  MANIFEST.map(([path, revision]) => [
    absolute(path),
    revision ? absolute(path) + '?__rev=' + revision : absolute(path),
  ]),
);

async function fetchInto(cache, url, key) {
  const response = await fetch(url, { cache: key === url ? 'default' : 'no-cache' });
  if (!response.ok) throw new Error('Precaching ' + url + ' failed: ' + response.status);
  await cache.put(key, response);
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(PRECACHE);
      const have = new Set((await cache.keys()).map((request) => request.url));
      const missing = [...KEYS].filter(([, key]) => !have.has(key));
      // A few at a time, so a first visit does not crowd out the page it is reading.
      for (let i = 0; i < missing.length; i += 6) {
        await Promise.all(missing.slice(i, i + 6).map(([url, key]) => fetchInto(cache, url, key)));
      }
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const wanted = new Set(KEYS.values());
      const cache = await caches.open(PRECACHE);
      for (const request of await cache.keys()) {
        if (!wanted.has(request.url)) await cache.delete(request);
      }
      // Caches of the worker this one replaces, by their older names.
      for (const name of await caches.keys()) {
        if (name.startsWith('hs-wiki-')) await caches.delete(name);
      }
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'SKIP_WAITING') self.skipWaiting();
});

async function fromPrecache(url) {
  const key = KEYS.get(url);
  if (!key) return undefined;
  const cache = await caches.open(PRECACHE);
  return cache.match(key, { ignoreVary: true });
}

async function remember(cacheName, request, response, limit) {
  const cache = await caches.open(cacheName);
  await cache.put(request, response);
  if (limit) {
    const keys = await cache.keys();
    for (const old of keys.slice(0, Math.max(0, keys.length - limit))) await cache.delete(old);
  }
}

async function page(request, url) {
  try {
    const response = await fetch(request);
    if (response.ok) void remember(PAGES, url.href, response.clone(), MAX_PAGES);
    return response;
  } catch (error) {
    const cached = await (await caches.open(PAGES)).match(url.href, { ignoreVary: true });
    if (cached) return cached;
    // Not visited yet: the shell renders the page from its data, if the data is here.
    const shell = await fromPrecache(absolute('shell/index.html'));
    if (shell) return shell;
    const missing = await fromPrecache(absolute('404.html'));
    if (!missing) throw error;
    return new Response(missing.body, { status: 404, statusText: 'Not Found', headers: missing.headers });
  }
}

async function other(request, url) {
  // A page asks for its data at the revision it was made from (?v=): the precache answers if
  // it holds that revision, the network otherwise.
  const wantedRevision = url.searchParams.get('v');
  if (wantedRevision !== null) url.search = '';
  const key = KEYS.get(url.href);
  const precached =
    wantedRevision === null || (key && key.endsWith('?__rev=' + wantedRevision))
      ? await fromPrecache(url.href)
      : undefined;
  if (precached) return precached;
  try {
    const response = await fetch(request);
    // Data read that the precache left out (past its cap): kept for offline.
    if (response.ok && url.pathname.startsWith(BASE + 'data/') && !KEYS.has(url.href))
      void remember(RUNTIME, url.href, response.clone());
    return response;
  } catch (error) {
    const cached =
      (await (await caches.open(RUNTIME)).match(url.href, { ignoreVary: true })) ??
      (await fromPrecache(url.href));
    if (cached) return cached;
    throw error;
  }
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin || !url.pathname.startsWith(BASE)) return;
  if (url.pathname === BASE + 'sw.js') return;
  url.hash = '';
  if (request.mode === 'navigate') {
    url.search = '';
    event.respondWith(page(request, url));
  } else {
    event.respondWith(other(request, url));
  }
});
`;
}
