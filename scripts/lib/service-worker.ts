/**
 * Writes dist/sw.js: the service worker, with a revisioned precache (docs/decisions/025) and
 * one build at a time (docs/decisions/037).
 *
 * - The precache holds the code (every hashed asset), the offline shell, the icons, the search's
 *   names (whole, if they fit their share), and the page data, hub pages first, up to a byte cap.
 *   Not the pages' HTML: a page the reader has not visited renders offline from its data in the
 *   shell.
 * - Each entry is cached under its URL plus a revision, the hash of its content (hashed assets
 *   need none: their name is their revision). A new deploy installs only entries whose key is
 *   not cached yet, so after a one-character change a returning reader downloads that
 *   character's data and the worker script, not the site. What arrives must hash to its
 *   revision, or the install fails; activation drops keys the new manifest does not list, and
 *   every cache of an earlier build. Same content, same bytes: a rebuild changes nothing.
 * - A request for data at a revision (?v=) gets that revision or fails; never another one.
 * - Pages go to the network first and are kept for offline (in this build's cache); with
 *   neither, the shell renders the page from the precached data, or the 404 page says so.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { walk } from './files.ts';

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
  // One build's caches carry its name, so a new build's pages never meet an old build's data.
  const build = contentRevision(JSON.stringify(manifest));
  return `// Generated by scripts/lib/service-worker.ts at build time. Do not edit.
const BASE = ${JSON.stringify(base)};
const BUILD = ${JSON.stringify(build)};
const MANIFEST = ${JSON.stringify(manifest)};
const PRECACHE = 'hs-precache';
const PAGES = 'hs-pages-' + BUILD;
const RUNTIME = 'hs-runtime-' + BUILD;
const MAX_PAGES = 60;
const MAX_RUNTIME = 120;
const REVISION_HEADER = 'X-Wiki-Revision';

const absolute = (path) => new URL(BASE + path, self.location.origin).href;
// URL -> cache key: the URL plus its revision, so a changed file gets a new key.
const KEYS = new Map(
  MANIFEST.map(([path, revision]) => [
    absolute(path),
    revision ? absolute(path) + '?__rev=' + revision : absolute(path),
  ]),
);
const REVISIONS = new Map(MANIFEST.filter(([, r]) => r).map(([path, r]) => [absolute(path), r]));

/** A body's revision as the build computes it: the first 16 hex digits of its SHA-256. */
async function revisionOf(buffer) {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', buffer));
  return [...digest.slice(0, 8)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Fetches one precache entry. A revisioned file must hash to its revision: a torn deploy or a
 * stale CDN edge sends other bytes, which are asked for once more past every cache, then refused,
 * and the install fails (this worker is never activated with a precache that is not whole).
 */
async function fetchInto(cache, url, key) {
  const revision = REVISIONS.get(url);
  for (const mode of revision ? ['no-cache', 'reload'] : ['default']) {
    const response = await fetch(url, { cache: mode });
    if (!response.ok) throw new Error('Precaching ' + url + ' failed: ' + response.status);
    if (!revision) return cache.put(key, response);
    const body = await response.clone().arrayBuffer();
    if ((await revisionOf(body)) === revision) return cache.put(key, response);
  }
  throw new Error('Precaching ' + url + ': the bytes are not revision ' + revision);
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
      // Pages and data kept by earlier builds, and caches under older names.
      for (const name of await caches.keys()) {
        if (name !== PRECACHE && name !== PAGES && name !== RUNTIME) await caches.delete(name);
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

/** Keeps a response, dropping the oldest entries past the limit. */
async function remember(cacheName, key, response, limit) {
  const cache = await caches.open(cacheName);
  await cache.put(key, response);
  const keys = await cache.keys();
  for (const old of keys.slice(0, Math.max(0, keys.length - limit))) await cache.delete(old);
}

/** Data read past the precache's cap, kept for offline with the revision of its bytes. */
async function rememberData(url, response) {
  const body = await response.arrayBuffer();
  const headers = new Headers(response.headers);
  headers.set(REVISION_HEADER, await revisionOf(body));
  await remember(RUNTIME, url, new Response(body, { status: 200, headers }), MAX_RUNTIME);
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

/**
 * Data and code. A page asks for its data at the revision it was made from (?v=): that exact
 * revision or nothing, never another build's (the page then renders afresh from what this
 * build has, instead of hydrating its HTML with other data).
 */
async function other(request, url) {
  const wanted = url.searchParams.get('v');
  url.search = '';
  const revision = REVISIONS.get(url.href);
  if (wanted === null || wanted === revision) {
    const precached = await fromPrecache(url.href);
    if (precached) return precached;
  }
  const isData = url.pathname.startsWith(BASE + 'data/');
  try {
    const response = await fetch(request);
    // Data the precache left out (past its cap): kept for offline.
    if (response.ok && isData && !KEYS.has(url.href)) void rememberData(url.href, response.clone());
    return response;
  } catch (error) {
    const cached = await (await caches.open(RUNTIME)).match(url.href, { ignoreVary: true });
    if (cached && (wanted === null || cached.headers.get(REVISION_HEADER) === wanted)) return cached;
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
