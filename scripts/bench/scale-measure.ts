/**
 * The scale benchmark's measurements of a built dist, read from its files: page weights by route
 * kind, the search index, the service worker's precache, and what a returning reader downloads
 * after one edit.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { filesOf, gzip, KB, median } from './numbers.ts';
import { EDITED } from './scale-settings.ts';

export type RouteKind =
  | 'home'
  | 'castList'
  | 'charactersList'
  | 'character'
  | 'person'
  | 'episode'
  | 'season'
  | 'placesList'
  | 'awardsList';
export const ROUTE_KINDS: [RouteKind, string][] = [
  ['home', 'home `/`'],
  ['castList', 'cast list `/cast/`'],
  ['charactersList', 'character list `/characters/`'],
  ['character', 'character pages'],
  ['person', 'person pages'],
  ['episode', 'episode pages'],
  ['season', 'season pages'],
  ['placesList', 'places `/places/`'],
  ['awardsList', 'awards `/awards/`'],
];

function routeKind(folder: string): RouteKind | 'other' {
  if (folder === '') return 'home';
  if (folder === 'cast') return 'castList';
  if (folder === 'characters') return 'charactersList';
  if (/^characters\/[^/]+$/.test(folder)) return 'character';
  if (/^cast\/[^/]+$/.test(folder)) return 'person';
  if (/^seasons\/[^/]+\/episodes\/\d+$/.test(folder)) return 'episode';
  if (/^seasons\/[^/]+$/.test(folder)) return 'season';
  if (folder === 'places') return 'placesList';
  if (folder === 'awards') return 'awardsList';
  return 'other';
}

interface PageMeasure {
  path: string;
  kind: RouteKind | 'other';
  htmlGzip: number;
  /** Bytes of the page-state element's content. */
  inlineData: number;
  /** The data files the page is rendered from (and fetches before hydrating), raw and gzip. */
  dataRaw: number;
  dataGzip: number;
}

const PAGE_STATE = /<script type="application\/json" id="page-state">([\s\S]*?)<\/script>/;

export function measurePages(dist: string): PageMeasure[] {
  return filesOf(dist)
    .filter((f) => f === 'index.html' || (f.endsWith('/index.html') && !f.startsWith('shell/')))
    .map((file) => {
      const folder = file === 'index.html' ? '' : file.slice(0, -'/index.html'.length);
      const html = readFileSync(join(dist, file));
      const state = PAGE_STATE.exec(html.toString('utf8'))?.[1] ?? '';
      let dataRaw = 0;
      let dataGzip = 0;
      if (state) {
        const { data } = JSON.parse(state) as { data: { key: string }[] };
        for (const { key } of data) {
          const body = readFileSync(join(dist, 'data', `${key}.json`));
          dataRaw += body.length;
          dataGzip += gzip(body);
        }
      }
      return {
        path: `/${folder}${folder ? '/' : ''}`,
        kind: routeKind(folder),
        htmlGzip: gzip(html),
        inlineData: Buffer.byteLength(state, 'utf8'),
        dataRaw,
        dataGzip,
      };
    });
}

export interface Spread {
  median: number;
  max: number;
}
export interface RouteStats {
  count: number;
  htmlGzipKB: Spread;
  inlineDataKB: Spread;
  dataKB: Spread;
  dataGzipKB: Spread;
}

export function routeStats(pages: PageMeasure[]): RouteStats {
  const spread = (values: number[]): Spread => ({
    median: KB(median(values)),
    max: KB(Math.max(...values)),
  });
  return {
    count: pages.length,
    htmlGzipKB: spread(pages.map((p) => p.htmlGzip)),
    inlineDataKB: spread(pages.map((p) => p.inlineData)),
    dataKB: spread(pages.map((p) => p.dataRaw)),
    dataGzipKB: spread(pages.map((p) => p.dataGzip)),
  };
}

export function searchIndexSize(dist: string) {
  const dir = join(dist, 'data', 'search');
  const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
  const size = (f: string) => {
    const body = readFileSync(join(dir, f));
    return { raw: body.length, gzip: gzip(body) };
  };
  const sizes = new Map(files.map((f) => [f, size(f)]));
  const names = files.filter((f) => /^names-\d+\.json$/.test(f));
  const largest = names.reduce<string | undefined>(
    (best, f) => (best === undefined || sizes.get(f)!.gzip > sizes.get(best)!.gzip ? f : best),
    undefined,
  );
  const largestNames = largest ? sizes.get(largest)!.gzip : 0;
  // Which word prefixes the largest names shard holds, from the manifest's [first, last, name].
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
    names: [string, string, string][];
  };
  const range = manifest.names.find(([, , n]) => `${n}.json` === largest);
  const sum = (key: 'raw' | 'gzip') => [...sizes.values()].reduce((n, s) => n + s[key], 0);
  return {
    searchIndexFiles: files.length,
    searchNameShards: names.length,
    searchIndexRawKB: KB(sum('raw')),
    searchIndexGzipKB: KB(sum('gzip')),
    /** What the header's first search downloads: the manifest and (at most) the largest names shard. */
    headerSearchGzipKB: KB((sizes.get('manifest.json')?.gzip ?? 0) + largestNames),
    largestNamesShard: {
      file: largest ?? null,
      prefixes: range ? `${range[0]}…${range[1]}` : null,
      gzipKB: KB(largestNames),
      rawKB: KB(largest ? sizes.get(largest)!.raw : 0),
    },
  };
}

type ManifestEntry = [string] | [string, string];

function readManifest(dist: string): ManifestEntry[] {
  const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
  const match = /^const MANIFEST = (\[.*\]);$/m.exec(sw);
  if (!match) throw new Error(`${dist}/sw.js has no MANIFEST.`);
  return JSON.parse(match[1]!) as ManifestEntry[];
}

export function precacheSize(dist: string) {
  const manifest = readManifest(dist);
  const bytes = manifest.reduce((n, [path]) => n + gzip(readFileSync(join(dist, path))), 0);
  const dataFiles = filesOf(join(dist, 'data')).length;
  return {
    precacheGzipKB: KB(bytes),
    precacheEntries: manifest.length,
    precacheDataFiles: manifest.filter(([p]) => p.startsWith('data/')).length,
    /** Precached data files by folder: which page data a first visit installs. */
    precacheDataByFolder: manifest
      .map(([p]) => /^data\/([^/]+)\//.exec(p)?.[1])
      .filter((f) => f !== undefined)
      .reduce<Record<string, number>>((n, f) => ({ ...n, [f]: (n[f] ?? 0) + 1 }), {}),
    dataFiles,
    swJsGzipKB: KB(gzip(readFileSync(join(dist, 'sw.js')))),
    swJsKB: KB(statSync(join(dist, 'sw.js')).size),
  };
}

/** Paths that differ between two dists: changed, added or removed. */
export function differingFiles(a: string, b: string): { differing: string[]; identical: number } {
  const inA = new Set(filesOf(a));
  const inB = new Set(filesOf(b));
  const differing: string[] = [];
  let identical = 0;
  for (const path of [...new Set([...inA, ...inB])].sort()) {
    if (!inA.has(path) || !inB.has(path)) differing.push(path);
    else if (readFileSync(join(a, path)).equals(readFileSync(join(b, path)))) identical++;
    else differing.push(path);
  }
  return { differing, identical };
}

/**
 * What a returning reader downloads after a deploy: the new sw.js and every precache entry
 * whose [path, revision] the old manifest did not have.
 */
export function oneEditDownload(before: string, after: string) {
  const old = new Set(readManifest(before).map((e) => JSON.stringify(e)));
  const fresh = readManifest(after).filter((e) => !old.has(JSON.stringify(e)));
  const entries = fresh.map(([path]) => ({
    path,
    gzip: gzip(readFileSync(join(after, path))),
  }));
  const sw = gzip(readFileSync(join(after, 'sw.js')));
  const { differing } = differingFiles(before, after);
  const editedData = `data/character/${EDITED}.json`;
  // Changed data the precache leaves out (search text and details): fetched when next read.
  const precached = new Set(readManifest(after).map(([p]) => p));
  const onDemand = differing.filter(
    (p) => p.startsWith('data/') && !precached.has(p) && existsSync(join(after, p)),
  );
  return {
    editedDataPrecached: readManifest(before).some(([p]) => p === editedData),
    swJsChangedByOneEdit: differing.includes('sw.js'),
    oneEditOnDemandKB: KB(onDemand.reduce((n, p) => n + gzip(readFileSync(join(after, p))), 0)),
    oneEditOnDemandFiles: onDemand,
    oneEditDownloadKB: KB(sw + entries.reduce((n, e) => n + e.gzip, 0)),
    oneEditSwJsGzipKB: KB(sw),
    oneEditEntries: entries.map((e) => ({ path: e.path, gzipKB: KB(e.gzip) })),
    filesChangedByOneEdit: differing.length,
    filesChangedByOneEditSample: differing.slice(0, 20),
  };
}
