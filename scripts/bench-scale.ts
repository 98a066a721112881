/**
 * `npm run bench:scale`: how the wiki grows. Builds the real content (1×) and generated wikis of
 * 10× and 100× its people, characters, places, awards and relationships (scripts/lib/
 * scale-content.ts; the story itself stays as it is), each with the whole `npm run build` into
 * its own dist-scale-N/, and reports per scale: pages built, build time (and its phases), page
 * weights by route kind (gzip HTML, inline page state, the page's data file), list pages, the
 * search index, time to a first search result in headless Chromium and what it downloaded,
 * the service worker's first-visit precache, and what a returning reader downloads after one
 * character's bio changes, and the preview cards: how many pages get their own, seconds spent
 * drawing them into an empty cache, their bytes, and how many one edit redraws. At 1× it also
 * rebuilds and checks that no file changed.
 * Writes docs/benchmarks-scale.md and docs/benchmarks-scale.json. A measurement, not a test: it
 * never fails on a number.
 *
 *   npm run bench:scale                      1×, 10× and 100× (the 100× build takes minutes)
 *   npm run bench:scale -- --scales=1,10     a subset
 *   npm run bench:scale -- --keep            keep the temp folder (content, code copy, builds)
 *   npm run bench:scale -- --in-place        build in the repository (dist-scale-*, git-ignored)
 *                                            instead of a copy of its code
 *
 * Generated content goes to a temp folder. The builds run in a copy of the code made at the
 * start (node_modules linked), so a file edited in the working tree during the run cannot make
 * two builds differ; each goes to its own dist-scale-N/ there. Nothing is written into src/ or
 * dist/; the only files written in the repository are the two reports.
 */
import { spawn } from 'node:child_process';
import {
  cpSync,
  createWriteStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from '@playwright/test';
import * as prettier from 'prettier';
import { checkContent } from '../src/data/check.ts';
import { indexContent } from '../src/data/wiki-index.ts';
import { compileSite } from './compile/compile.ts';
import { buildSearchFiles } from './compile/search.ts';
import { CHROME_ARGS, CHROME_PATH } from './lib/chrome.ts';
import { readContent } from './lib/read-content.ts';
import { editCharacterBio, generateScaledContent } from './lib/scale-content.ts';
import { CARD_CAP } from './cards/cards.ts';
import { precacheEntries } from './lib/service-worker.ts';
import { startStaticServer } from './static-server.ts';

const ROOT = join(import.meta.dirname, '..');
const SRC_CONTENT = join(ROOT, 'src', 'content');
/**
 * Where the builds run: a copy of the repository's code in the temp folder (node_modules linked),
 * so every build of a run sees the same code even while the working tree changes; or, with
 * --in-place, the repository itself (dist-scale-* beside dist/).
 */
let BUILD_ROOT = ROOT;
/** The character whose page is followed across scales, and whose bio the one-edit build changes. */
const EDITED = 'charlie-spring';
const SEARCH_QUERY = 'charlie';
const SEARCH_RUNS = 5;
/** JS chunks that belong to search (the results page, the client, the engine and its helpers). */
const SEARCH_CHUNK = /^assets\/[^/]*(search|fuzzy|fold)[^/]*\.js$/;

/** One-minute load average when the run began: other work on the machine skews the timings. */
const LOAD_AT_START = loadavg()[0]!.toFixed(1);
const args = process.argv.slice(2);
const KEEP = args.includes('--keep');
const IN_PLACE = args.includes('--in-place');
const SCALES = (
  args.find((a) => a.startsWith('--scales='))?.slice('--scales='.length) ?? '1,10,100'
)
  .split(',')
  .map(Number);
if (SCALES.some((s) => !Number.isInteger(s) || s < 1))
  throw new Error(`--scales takes whole numbers ≥ 1, such as --scales=1,10 (got ${SCALES.join()})`);

// ---- Small helpers ----

const KB = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;
const seconds = (ms: number) => Math.round(ms / 100) / 10;
const gzip = (body: Buffer | string) => gzipSync(body, { level: 9 }).length;
const log = (message: string) => console.log(`[bench:scale] ${message}`);

function median(values: number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** Every file below `dir`, as `/`-separated paths relative to it, sorted. */
const filesOf = (dir: string) =>
  walk(dir)
    .map((p) => relative(dir, p).split(sep).join('/'))
    .sort();

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

// ---- Building ----

interface BuildTiming {
  seconds: number;
  /** Phases of `npm run build`, from when each step's last line appeared. */
  phases: { checkData?: number; client?: number; ssr?: number; prerender?: number };
  /** The preview cards, from the prerenderer's "Preview cards:" line. */
  cards?: CardStats;
}

interface CardStats {
  /** Pages with a card of their own, and pages past the cap on the generic card. */
  own: number;
  generic: number;
  /** Cards drawn by this build (the rest came from the cache), and the seconds drawing took. */
  drawn: number;
  drawSeconds: number;
  totalKB: number;
  largestKB: number;
}

/** Reads the prerenderer's summary line (scripts/prerender.ts). */
function parseCards(line: string): CardStats | undefined {
  const m =
    /Preview cards: (\d+) \((\d+) pages past the cap .*?\), (\d+) drawn in ([\d.]+) s.*?; (\d+) KB in all, the largest (\d+) KB/.exec(
      line,
    );
  if (!m) return undefined;
  const [own, generic, drawn, drawSeconds, totalKB, largestKB] = m.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  return { own, generic, drawn, drawSeconds, totalKB, largestKB };
}

/**
 * Runs the whole `npm run build` with the content, dist and server-bundle folders given, and
 * times it. The output goes to a log file; its tail is shown if the build fails.
 */
function build({
  content,
  dist,
  logFile,
  cardCache,
}: {
  content: string;
  dist: string;
  logFile: string;
  /** The preview cards' cache folder: empty for a first build, kept for the ones after it. */
  cardCache: string;
}): Promise<BuildTiming> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    CONTENT_DIR: content,
    DIST_DIR: dist,
    SSR_DIR: `${dist}-ssr`,
    CARD_CACHE_DIR: cardCache,
  };
  delete env.BASE_PATH;
  log(`npm run build → ${dist} (content ${content})`);
  const out = createWriteStream(logFile);
  const started = performance.now();
  const marks: { at: number; line: string }[] = [];
  let cards: CardStats | undefined;
  let tail = '';
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', 'build'], {
      cwd: BUILD_ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let pending = '';
    const onData = (chunk: Buffer) => {
      out.write(chunk);
      const at = performance.now();
      tail = (tail + chunk.toString()).slice(-4000);
      pending += chunk.toString();
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        if (/Data check passed|✓ built in|Prerendered \d+ pages/.test(line))
          marks.push({ at, line });
        cards = parseCards(line) ?? cards;
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('error', reject);
    child.on('close', (code) => {
      out.end();
      const ended = performance.now();
      if (code !== 0) {
        reject(
          new Error(`npm run build into ${dist} failed (exit ${code}); log ${logFile}:\n${tail}`),
        );
        return;
      }
      const checked = marks.find((m) => m.line.includes('Data check passed'))?.at;
      const built = marks.filter((m) => m.line.includes('✓ built in')).map((m) => m.at);
      const phases: BuildTiming['phases'] = {};
      if (checked !== undefined) phases.checkData = seconds(checked - started);
      if (checked !== undefined && built[0] !== undefined)
        phases.client = seconds(built[0] - checked);
      if (built[0] !== undefined && built[1] !== undefined)
        phases.ssr = seconds(built[1] - built[0]);
      if (built[1] !== undefined) phases.prerender = seconds(ended - built[1]);
      resolve({ seconds: seconds(ended - started), phases, ...(cards ? { cards } : {}) });
    });
  });
}

/** `CONTENT_DIR=<dir> npx tsx scripts/check-data.ts` must pass before a generated wiki is built. */
function checkGenerated(content: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['tsx', 'scripts/check-data.ts'], {
      cwd: BUILD_ROOT,
      env: { ...process.env, CONTENT_DIR: content },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr.on('data', (c: Buffer) => (output += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) {
        reject(new Error(`The content in ${content} fails the check:\n${output}`));
        return;
      }
      log(output.trim());
      resolve();
    });
  });
}

/** The same steps the build takes in process, timed on their own: where build time goes. */
function timeSteps(content: string, dist: string) {
  const t0 = performance.now();
  const { raw } = readContent(content);
  const checked = checkContent(raw);
  if (!checked.content) throw new Error(`${content} fails the content check.`);
  const t1 = performance.now();
  compileSite(checked.content);
  const t2 = performance.now();
  buildSearchFiles(indexContent(checked.content));
  const t3 = performance.now();
  precacheEntries(join(BUILD_ROOT, dist));
  const t4 = performance.now();
  return {
    checkSeconds: seconds(t1 - t0),
    compileSeconds: seconds(t2 - t1),
    searchIndexSeconds: seconds(t3 - t2),
    precacheListSeconds: seconds(t4 - t3),
  };
}

// ---- Static measurements of a built dist ----

type RouteKind =
  | 'home'
  | 'castList'
  | 'charactersList'
  | 'character'
  | 'person'
  | 'episode'
  | 'season'
  | 'placesList'
  | 'awardsList';
const ROUTE_KINDS: [RouteKind, string][] = [
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

function measurePages(dist: string): PageMeasure[] {
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

interface Spread {
  median: number;
  max: number;
}
interface RouteStats {
  count: number;
  htmlGzipKB: Spread;
  inlineDataKB: Spread;
  dataKB: Spread;
  dataGzipKB: Spread;
}

function routeStats(pages: PageMeasure[]): RouteStats {
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

function searchIndexSize(dist: string) {
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

function precacheSize(dist: string) {
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
function differingFiles(a: string, b: string): { differing: string[]; identical: number } {
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
function oneEditDownload(before: string, after: string) {
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

// ---- The browser: time to a first search result ----

/** Records, in the page, when the first `.result` is in the document and visible. */
const FIRST_RESULT_SCRIPT = `(() => {
  const visible = (el) => {
    const box = el.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden';
  };
  const look = () => {
    if (window.hsFirstResult !== undefined) return;
    const el = document.querySelector('.result');
    if (el && visible(el)) window.hsFirstResult = performance.now();
  };
  new MutationObserver(look).observe(document, { childList: true, subtree: true, attributes: true });
  const tick = () => { look(); if (window.hsFirstResult === undefined) requestAnimationFrame(tick); };
  requestAnimationFrame(tick);
})();`;

interface SearchRun {
  firstResultMs: number;
  results: number;
  /** gzip (level 9) of each dist file requested and finished before the first result. */
  files: { path: string; gzip: number; wire: number }[];
  /** The same for everything the page fetched until the network was idle (snippets included). */
  untilIdle: { path: string; gzip: number; wire: number }[];
}

async function searchOnce(browser: Browser, origin: string, dist: string): Promise<SearchRun> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.addInitScript(FIRST_RESULT_SCRIPT);
  const finished: Promise<{ path: string; end: number; wire: number } | null>[] = [];
  page.on('requestfinished', (request) => {
    finished.push(
      (async () => {
        const seen = Date.now();
        const url = new URL(request.url());
        if (url.origin !== origin) return null;
        const timing = request.timing();
        const sizes = await request.sizes().catch(() => ({ responseBodySize: 0 }));
        return {
          path: url.pathname,
          end: timing.responseEnd >= 0 ? timing.startTime + timing.responseEnd : seen,
          wire: sizes.responseBodySize,
        };
      })(),
    );
  });
  try {
    await page.goto(`${origin}/search/?q=${encodeURIComponent(SEARCH_QUERY)}`, {
      waitUntil: 'commit',
    });
    // The page's CSP forbids eval, so no string predicates: wait with a locator, then read the
    // moment the init script recorded.
    await page.locator('.result').first().waitFor({ state: 'visible', timeout: 120_000 });
    await page.waitForFunction(() => 'hsFirstResult' in window, undefined, { timeout: 10_000 });
    const { at, origin0, results } = await page.evaluate(() => ({
      at: (window as unknown as { hsFirstResult: number }).hsFirstResult,
      origin0: performance.timeOrigin,
      results: document.querySelectorAll('.result').length,
    }));
    await page.waitForLoadState('networkidle').catch(() => undefined);
    const requests = (await Promise.all(finished)).filter((r) => r !== null);
    const measured = (r: { path: string; wire: number }) => {
      const rel = r.path.replace(/^\//, '');
      const file =
        rel === '' || rel.endsWith('/') ? join(dist, rel, 'index.html') : join(dist, rel);
      return {
        path: rel || 'index.html',
        gzip: existsSync(file) && statSync(file).isFile() ? gzip(readFileSync(file)) : 0,
        wire: r.wire,
      };
    };
    return {
      firstResultMs: Math.round(at),
      results,
      files: requests.filter((r) => r.end <= origin0 + at).map(measured),
      untilIdle: requests.map(measured),
    };
  } finally {
    await context.close();
  }
}

async function measureSearch(dist: string) {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const server = await startStaticServer({ dir: dist, port });
  const browser = await chromium.launch({ executablePath: CHROME_PATH, args: CHROME_ARGS });
  const runs: SearchRun[] = [];
  try {
    await searchOnce(browser, origin, dist); // warm-up: the disk cache, Chromium's first start
    for (let i = 0; i < SEARCH_RUNS; i++) runs.push(await searchOnce(browser, origin, dist));
  } finally {
    await browser.close();
    server.close();
  }
  const run = [...runs].sort((a, b) => a.firstResultMs - b.firstResultMs)[
    Math.floor(runs.length / 2)
  ]!;
  const sum = (files: SearchRun['files'], key: 'gzip' | 'wire') =>
    files.reduce((n, f) => n + f[key], 0);
  const searchData = run.files.filter((f) => f.path.startsWith('data/search/'));
  const searchJs = run.files.filter((f) => SEARCH_CHUNK.test(f.path));
  const js = run.files.filter((f) => f.path.endsWith('.js'));
  const own = [...searchData, ...searchJs];
  const byKind = (files: SearchRun['files']) => {
    const out: Record<string, { files: number; gzipKB: number }> = {};
    for (const f of files) {
      const kind = /^data\/search\/([a-z]+)/.exec(f.path)?.[1] ?? 'other';
      const k = (out[kind] ??= { files: 0, gzipKB: 0 });
      k.files++;
      k.gzipKB = KB(k.gzipKB * 1024 + f.gzip);
    }
    return out;
  };
  const idleData = run.untilIdle.filter((f) => f.path.startsWith('data/search/'));
  return {
    firstSearchDataByKind: byKind(searchData),
    /** All search data the results page fetched by the time the network was idle. */
    searchDataUntilIdleKB: KB(sum(idleData, 'gzip')),
    searchDataUntilIdleByKind: byKind(idleData),
    firstResultMs: run.firstResultMs,
    firstResultMsRuns: runs.map((r) => r.firstResultMs),
    searchResultsShown: run.results,
    firstSearchKB: KB(sum(own, 'gzip')),
    firstSearchWireKB: KB(sum(own, 'wire')),
    firstSearchDataKB: KB(sum(searchData, 'gzip')),
    firstSearchJsKB: KB(sum(searchJs, 'gzip')),
    firstSearchAllJsKB: KB(sum(js, 'gzip')),
    firstSearchTotalKB: KB(sum(run.files, 'gzip')),
    firstSearchFiles: run.files.map((f) => ({ path: f.path, gzipKB: KB(f.gzip) })),
  };
}

// ---- One scale ----

type Run = Record<string, unknown> & {
  scale: number;
  pages: number;
  buildSeconds: number;
  characterPageHtmlGzipKB: number;
  characterPageInlineDataKB: number;
  characterPageDataGzipKB: number;
  listPageHtmlGzipKB: number;
  searchIndexGzipKB: number;
  precacheGzipKB: number;
  oneEditDownloadKB: number;
  editedDataPrecached: boolean;
  swJsChangedByOneEdit: boolean;
  firstSearchKB?: number;
  firstResultMs?: number;
  charlie: { htmlGzipKB: number; inlineDataKB: number; dataKB: number; dataGzipKB: number };
  phases: BuildTiming['phases'];
  cards: CardStats | undefined;
  cardsRedrawnByOneEdit: number | undefined;
  steps: ReturnType<typeof timeSteps>;
  routes: Partial<Record<RouteKind, RouteStats>>;
};

async function runScale(scale: number, temp: string, snapshot: string): Promise<Run> {
  const load = Math.round(loadavg()[0]! * 10) / 10;
  const name = `dist-scale-${scale}`;
  const dist = join(BUILD_ROOT, name);
  const content = scale === 1 ? snapshot : join(temp, `scale-${scale}`, 'content');
  if (scale !== 1) {
    const made = generateScaledContent({ from: snapshot, to: content, factor: scale });
    log(`${scale}×: generated ${made.files} content files in ${content}`);
  }
  await checkGenerated(content);
  // Cards are drawn into an empty cache: the first build pays for every one.
  const cardCache = join(temp, `cards-${scale}`);
  rmSync(cardCache, { recursive: true, force: true });
  const timing = await build({
    content,
    dist: name,
    logFile: join(temp, `${name}.log`),
    cardCache,
  });
  log(`${scale}×: built in ${timing.seconds} s ${JSON.stringify(timing.phases)}`);

  // At 1×, the same content built again must give the same files.
  let rebuild: Record<string, unknown> = {};
  if (scale === 1) {
    const again = `${name}-rebuild`;
    await build({ content, dist: again, logFile: join(temp, `${again}.log`), cardCache });
    const { differing, identical } = differingFiles(dist, join(BUILD_ROOT, again));
    rebuild = {
      rebuildDifferingFiles: differing.length,
      rebuildIdenticalFiles: identical,
      rebuildDifferingSample: differing.slice(0, 20),
    };
    log(`1×: a rebuild changed ${differing.length} file(s) (${identical} identical)`);
    if (!KEEP) rmSync(join(BUILD_ROOT, again), { recursive: true, force: true });
  }

  // One character's bio changes: what does a returning reader download?
  const edited = join(temp, `scale-${scale}-edit`, 'content');
  rmSync(edited, { recursive: true, force: true });
  cpSync(content, edited, { recursive: true });
  const sentence = editCharacterBio(edited, EDITED);
  const editName = `${name}-edit`;
  const editTiming = await build({
    content: edited,
    dist: editName,
    logFile: join(temp, `${editName}.log`),
    cardCache,
  });
  const edit = oneEditDownload(dist, join(BUILD_ROOT, editName));
  log(`${scale}×: one edit → ${edit.oneEditDownloadKB} KB, ${edit.filesChangedByOneEdit} files`);
  if (!KEEP) rmSync(join(BUILD_ROOT, editName), { recursive: true, force: true });

  log(`${scale}×: measuring pages…`);
  const pages = measurePages(dist);
  const routes: Partial<Record<RouteKind, RouteStats>> = {};
  for (const [kind] of ROUTE_KINDS) {
    const of = pages.filter((p) => p.kind === kind);
    if (of.length > 0) routes[kind] = routeStats(of);
  }
  const charliePage = pages.find((p) => p.path === `/characters/${EDITED}/`);
  if (!charliePage) throw new Error(`${name} has no page for ${EDITED}.`);
  const castList = pages.find((p) => p.path === '/cast/')!;
  const charactersList = pages.find((p) => p.path === '/characters/')!;
  const largest = [...pages].sort((a, b) => b.htmlGzip - a.htmlGzip).slice(0, 5);
  const largestData = filesOf(join(dist, 'data'))
    .map((f) => ({ path: `data/${f}`, raw: statSync(join(dist, 'data', f)).size }))
    .sort((a, b) => b.raw - a.raw)
    .slice(0, 5)
    .map((d) => ({ ...d, gzip: gzip(readFileSync(join(dist, d.path))) }));

  log(`${scale}×: timing build steps in process…`);
  const steps = timeSteps(content, name);
  log(`${scale}×: searching in Chromium…`);
  const search = await measureSearch(dist);
  log(`${scale}×: first result after ${search.firstResultMs} ms, ${search.firstSearchKB} KB`);

  const { raw } = readContent(content);
  const records = Object.fromEntries(
    Object.entries(raw.collections).map(([k, v]) => [k, Object.keys(v ?? {}).length]),
  );
  const character = routes.character!;
  return {
    scale,
    pages: pages.length,
    buildSeconds: timing.seconds,
    characterPageHtmlGzipKB: character.htmlGzipKB.median,
    characterPageHtmlGzipMaxKB: character.htmlGzipKB.max,
    characterPageInlineDataKB: character.inlineDataKB.median,
    characterPageDataKB: character.dataKB.median,
    characterPageDataGzipKB: character.dataGzipKB.median,
    charlie: {
      htmlGzipKB: KB(charliePage.htmlGzip),
      inlineDataKB: KB(charliePage.inlineData),
      dataKB: KB(charliePage.dataRaw),
      dataGzipKB: KB(charliePage.dataGzip),
    },
    listPageHtmlGzipKB: KB(Math.max(castList.htmlGzip, charactersList.htmlGzip)),
    castListHtmlGzipKB: KB(castList.htmlGzip),
    charactersListHtmlGzipKB: KB(charactersList.htmlGzip),
    ...searchIndexSize(dist),
    ...search,
    ...precacheSize(dist),
    ...edit,
    editedSentence: sentence,
    editBuildSeconds: editTiming.seconds,
    loadAverageAtStart: load,
    ...rebuild,
    phases: timing.phases,
    cards: timing.cards,
    cardsRedrawnByOneEdit: editTiming.cards?.drawn,
    steps,
    records,
    routes,
    largestPages: largest.map((p) => ({ path: p.path, htmlGzipKB: KB(p.htmlGzip) })),
    largestDataFiles: largestData.map((d) => ({
      path: d.path,
      rawKB: KB(d.raw),
      gzipKB: KB(d.gzip),
    })),
  };
}

// ---- The report ----

interface Goal {
  goal: string;
  met: boolean | null;
  detail: string;
}

const pageBytes = (html: number, data: number) => html + data;

function goals(runs: Run[]): Goal[] {
  const base = runs.find((r) => r.scale === 1);
  const top = runs.reduce((a, b) => (b.scale > a.scale ? b : a));
  const out: Goal[] = [];
  const ratio = (a: number, b: number) => (b === 0 ? NaN : a / b);
  if (base && top.scale > 1) {
    const m1 = pageBytes(base.characterPageHtmlGzipKB, base.characterPageDataGzipKB);
    const mN = pageBytes(top.characterPageHtmlGzipKB, top.characterPageDataGzipKB);
    const c1 = pageBytes(base.charlie.htmlGzipKB, base.charlie.dataGzipKB);
    const cN = pageBytes(top.charlie.htmlGzipKB, top.charlie.dataGzipKB);
    const worst = Math.max(ratio(mN, m1), ratio(cN, c1));
    out.push({
      goal: `A character page's bytes (HTML gzip + its data file gzip) within 10% of 1× at ${top.scale}×`,
      met: worst <= 1.1,
      detail: `median page ${m1.toFixed(1)} → ${mN.toFixed(1)} KB (${pct(ratio(mN, m1))}); Charlie's ${c1.toFixed(1)} → ${cN.toFixed(1)} KB (${pct(ratio(cN, c1))})`,
    });
  } else
    out.push({
      goal: 'Character page within 10% of 1×',
      met: null,
      detail: 'needs 1× and a larger scale',
    });
  if (runs.length > 1) {
    // Against 1×, and from each scale to the next: a fixed cost at 1× (the client and server
    // builds) can hide a step that grows faster than the pages further up.
    const sorted = [...runs].sort((a, b) => a.scale - b.scale);
    const pairs: [Run, Run][] = [
      ...(base ? sorted.filter((r) => r !== base).map((r): [Run, Run] => [base, r]) : []),
      ...sorted
        .slice(1)
        .map((r, i): [Run, Run] => [sorted[i]!, r])
        .filter(([a]) => a !== base),
    ];
    const rows = pairs.map(([a, b]) => ({
      label: `${a.scale}×→${b.scale}×`,
      build: ratio(b.buildSeconds, a.buildSeconds),
      prerender: ratio(b.phases.prerender ?? NaN, a.phases.prerender ?? NaN),
      pages: ratio(b.pages, a.pages),
    }));
    out.push({
      goal: 'Build time grows no faster than the page count',
      met: rows.every((r) => r.build <= r.pages),
      detail: rows
        .map(
          (r) =>
            `${r.label}: build ×${r.build.toFixed(2)} (prerender ×${r.prerender.toFixed(2)}) for pages ×${r.pages.toFixed(2)}`,
        )
        .join('; '),
    });
  } else
    out.push({
      goal: 'Build time grows no faster than the page count',
      met: null,
      detail: 'needs two scales',
    });
  out.push({
    goal: 'A one-character deploy downloads ≤ 50 KB',
    met: runs.every((r) => r.oneEditDownloadKB <= 50),
    detail: runs
      .map(
        (r) =>
          `${r.scale}×: ${r.oneEditDownloadKB.toFixed(1)} KB${
            r.editedDataPrecached
              ? ''
              : ` (but ${EDITED}'s data is not in the precache at this scale, so sw.js ${r.swJsChangedByOneEdit ? 'changes' : 'does not even change'} and the edit reaches a returning reader only when they open the page)`
          }`,
      )
      .join('; '),
  });
  const at100 = runs.find((r) => r.scale === 100);
  out.push({
    goal: 'At 100× a first search downloads ≤ 200 KB (search data + search JS, gzip) before its first result',
    met: at100?.firstSearchKB === undefined ? null : at100.firstSearchKB <= 200,
    detail: runs
      .map((r) => {
        const by = r.firstSearchDataByKind as Record<string, { files: number; gzipKB: number }>;
        const parts = Object.entries(by)
          .map(([k, v]) => `${k} ${v.gzipKB.toFixed(1)} KB in ${v.files}`)
          .join(', ');
        return `${r.scale}×: ${r.firstSearchKB?.toFixed(1)} KB, ${r.firstResultMs} ms (${parts})`;
      })
      .join('; '),
  });
  return out;
}

/** Build steps and sizes whose growth (from 1×, and from the scale before) outpaces the pages'. */
function fasterThanPages(runs: Run[]): string[] {
  const sorted = [...runs].sort((a, b) => a.scale - b.scale);
  if (sorted.length < 2) return ['Needs two scales.'];
  const measures: [string, (r: Run) => number | undefined][] = [
    ['whole build s', (r) => r.buildSeconds],
    ['prerender phase s', (r) => r.phases.prerender],
    ['content check s (in process)', (r) => r.steps.checkSeconds],
    ['compile s (in process)', (r) => r.steps.compileSeconds],
    ['search index build s (in process)', (r) => r.steps.searchIndexSeconds],
    ['search index gzip KB', (r) => r.searchIndexGzipKB],
    ['first search KB', (r) => r.firstSearchKB],
    ['precache gzip KB', (r) => r.precacheGzipKB],
  ];
  const base = sorted[0]!;
  const pairs: [Run, Run][] = sorted.slice(1).flatMap((r, i): [Run, Run][] => {
    const previous = sorted[i]!;
    return previous === base
      ? [[base, r]]
      : [
          [base, r],
          [previous, r],
        ];
  });
  const out: string[] = [];
  for (const [a, b] of pairs) {
    const pages = b.pages / a.pages;
    for (const [label, get] of measures) {
      const from = get(a);
      const to = get(b);
      // Below 0.3 s (or KB) a ratio says more about rounding than about growth.
      if (from === undefined || to === undefined || from < 0.3) continue;
      if (to / from > pages)
        out.push(
          `- ${a.scale}×→${b.scale}×: ${label} ×${(to / from).toFixed(2)} (${from} → ${to}) for pages ×${pages.toFixed(2)}`,
        );
    }
  }
  return out.length > 0 ? out : ['Nothing measured grows faster than the page count.'];
}

const pct = (r: number) => `${r >= 1 ? '+' : ''}${((r - 1) * 100).toFixed(1)}%`;
const verdict = (met: boolean | null) => (met === null ? 'not measured' : met ? 'met' : 'missed');

function markdown(runs: Run[], date: string): string {
  const cpu = cpus();
  const machine = `${cpu.length} cores (${cpu[0]?.model.trim() ?? 'unknown CPU'}), Node ${process.version}; load average ${LOAD_AT_START} at the start, ${loadavg()[0]!.toFixed(1)} at the end (timings on a busy machine vary)`;
  const f = (n: number | undefined) => (n === undefined || Number.isNaN(n) ? '–' : n.toFixed(1));
  const spread = (s: Spread | undefined) => (s ? `${f(s.median)} / ${f(s.max)}` : '–');
  const base = runs.find((r) => r.scale === 1);
  const growth = (r: Run, get: (r: Run) => number | undefined) => {
    const a = get(r);
    const b = base ? get(base) : undefined;
    return a === undefined || b === undefined || b === 0 ? '–' : `×${(a / b).toFixed(2)}`;
  };
  const lines = [
    '# Scale benchmark',
    '',
    `Measured ${date} with \`npm run bench:scale\` on ${machine}.`,
    '',
    'How the build and the pages grow with the wiki. 1× is the real content. 10× and 100× are',
    'generated from it (`scripts/lib/scale-content.ts`): sources, volumes, books, seasons, episodes,',
    'events, predictions, the about notes and wiki.json stay as they are, and every person,',
    'character, place, award and relationship is copied N−1 more times under a synthetic id and',
    'name (`charlie-spring-x7`, "Charlie Spring (synthetic 7)"); copy k links only to copies k.',
    'Each copy of a person keeps its credits (same seasons and episodes), so season pages list',
    'N times the cast. Each wiki passes `check-data` and is built with the whole',
    '`npm run build` into its own `dist-scale-N/`. Every copy’s name holds the word "synthetic",',
    'so the search names shard for the prefix of that word grows with every copy, which real',
    'names, spread over many prefixes, would not do: the largest names shard is partly an',
    'artefact of the generator.',
    IN_PLACE
      ? 'The builds ran in the repository itself (`--in-place`).'
      : 'The builds ran in a copy of the code taken when the run started (node_modules linked), so every build of the run saw the same code.',
    '',
    '## What each number is',
    '',
    '- **pages**: `index.html` files in the dist, not counting the offline shell.',
    '- **build s**: wall-clock seconds of the whole `npm run build` (data check, client build, server',
    '  build, prerender). The phases are split where each step prints its last line.',
    '- **HTML gzip**: the page file, gzip level 9 (as hosts serve it). **inline data**: raw bytes of',
    '  the `<script type="application/json" id="page-state">` content. **data file**: the page data',
    '  the page fetches before it hydrates (`data/<key>.json` named in its page state), raw and gzip.',
    '  Route tables show median / max.',
    '- **search index**: gzip of every `data/search/*.json`, summed. **header search**: the manifest',
    '  plus the largest names shard, what a first query typed in the header downloads at most.',
    `- **first result**: ms from navigation start until the first \`.result\` is visible on`,
    `  \`/search/?q=${SEARCH_QUERY}\`, served by \`scripts/static-server.ts\`, in headless Chromium with`,
    `  service workers blocked, a fresh profile each time; the median of ${SEARCH_RUNS} after one warm-up. **first search`,
    '  bytes**: gzip of the `data/search/*` files and the search JS chunks',
    `  (\`${SEARCH_CHUNK.source}\`) fetched before that moment; **all before result** adds the HTML,`,
    '  CSS, the other JS and data. **until idle**: all `data/search/*` the results page fetched by the',
    '  time the network was idle, the snippets of the results shown included.',
    '- **precache**: gzip of every file the dist’s `sw.js` MANIFEST lists, what a first visit’s',
    '  service worker installs.',
    `- **one-edit download**: one sentence of \`characters/${EDITED}.json\`’s bio changed, rebuilt into`,
    '  another dist; a returning reader downloads the new `sw.js` (gzip) and every MANIFEST entry',
    '  whose [path, revision] is new. **files changed**: every file in the dist that differs.',
    '- **rebuild**: at 1×, the same content built twice; files that differ byte for byte (expected 0).',
    `- **preview cards**: pages with a card of their own (at most ${CARD_CAP}, \`CARD_CAP\` in`,
    '  `scripts/cards/cards.ts`; past it, pages about content files and then the rest use the',
    '  generic card), seconds the first build spent drawing them (satori and resvg, one at a time)',
    '  into an empty cache, their bytes in the dist, and how many the one-edit build redrew.',
    '',
    '## Goals',
    '',
    '| goal | result | detail |',
    '| --- | --- | --- |',
    ...goals(runs).map((g) => `| ${g.goal} | **${verdict(g.met)}** | ${g.detail} |`),
    '',
    '## Growing faster than the pages',
    '',
    ...fasterThanPages(runs),
    '',
    '## Summary',
    '',
    `| | ${runs.map((r) => `${r.scale}×`).join(' | ')} |`,
    `| --- | ${runs.map(() => '--:').join(' | ')} |`,
    `| pages | ${runs.map((r) => r.pages).join(' | ')} |`,
    `| build s | ${runs.map((r) => f(r.buildSeconds)).join(' | ')} |`,
    `| character page HTML gzip KB (median) | ${runs.map((r) => f(r.characterPageHtmlGzipKB)).join(' | ')} |`,
    `| character page inline data KB (median) | ${runs.map((r) => f(r.characterPageInlineDataKB)).join(' | ')} |`,
    `| character page data file gzip KB (median) | ${runs.map((r) => f(r.characterPageDataGzipKB)).join(' | ')} |`,
    `| list page HTML gzip KB (larger of /cast/, /characters/) | ${runs.map((r) => f(r.listPageHtmlGzipKB)).join(' | ')} |`,
    `| search index gzip KB | ${runs.map((r) => f(r.searchIndexGzipKB)).join(' | ')} |`,
    `| header search (manifest + largest names shard) gzip KB | ${runs.map((r) => f(r.headerSearchGzipKB as number)).join(' | ')} |`,
    `| first search KB | ${runs.map((r) => f(r.firstSearchKB)).join(' | ')} |`,
    `| first result ms | ${runs.map((r) => r.firstResultMs ?? '–').join(' | ')} |`,
    `| search data until the network is idle KB | ${runs.map((r) => f(r.searchDataUntilIdleKB as number)).join(' | ')} |`,
    `| precache gzip KB | ${runs.map((r) => f(r.precacheGzipKB)).join(' | ')} |`,
    `| one-edit download KB | ${runs.map((r) => f(r.oneEditDownloadKB)).join(' | ')} |`,
    `| preview cards: own / generic | ${runs.map((r) => (r.cards ? `${r.cards.own} / ${r.cards.generic}` : '–')).join(' | ')} |`,
    `| preview cards: drawing s (empty cache) | ${runs.map((r) => f(r.cards?.drawSeconds)).join(' | ')} |`,
    `| preview cards: MB in all / largest KB | ${runs.map((r) => (r.cards ? `${f(r.cards.totalKB / 1024)} / ${r.cards.largestKB}` : '–')).join(' | ')} |`,
    `| preview cards redrawn by one edit | ${runs.map((r) => r.cardsRedrawnByOneEdit ?? '–').join(' | ')} |`,
    '',
  ];
  for (const r of runs) {
    const n = (key: string) => r[key] as number | undefined;
    const shard = r.largestNamesShard as { prefixes: string | null; rawKB: number };
    lines.push(
      `## ${r.scale}×`,
      '',
      `Records: ${Object.entries(r.records as Record<string, number>)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}.`,
      '',
      '| measure | value | vs 1× |',
      '| --- | --: | --: |',
      `| pages | ${r.pages} | ${growth(r, (x) => x.pages)} |`,
      `| build s (whole \`npm run build\`) | ${f(r.buildSeconds)} | ${growth(r, (x) => x.buildSeconds)} |`,
      `| — data check s | ${f(r.phases.checkData)} | ${growth(r, (x) => x.phases.checkData)} |`,
      `| — client build s | ${f(r.phases.client)} | ${growth(r, (x) => x.phases.client)} |`,
      `| — server build s | ${f(r.phases.ssr)} | ${growth(r, (x) => x.phases.ssr)} |`,
      `| — prerender s | ${f(r.phases.prerender)} | ${growth(r, (x) => x.phases.prerender)} |`,
      `| — of which, in process: content check s | ${f(r.steps.checkSeconds)} | ${growth(r, (x) => x.steps.checkSeconds)} |`,
      `| — compile (all page data + search) s | ${f(r.steps.compileSeconds)} | ${growth(r, (x) => x.steps.compileSeconds)} |`,
      `| — search index alone s | ${f(r.steps.searchIndexSeconds)} | ${growth(r, (x) => x.steps.searchIndexSeconds)} |`,
      `| — precache list (sw.js) s | ${f(r.steps.precacheListSeconds)} | ${growth(r, (x) => x.steps.precacheListSeconds)} |`,
      `| Charlie's page: HTML gzip KB | ${f(r.charlie.htmlGzipKB)} | ${growth(r, (x) => x.charlie.htmlGzipKB)} |`,
      `| Charlie's page: inline data KB | ${f(r.charlie.inlineDataKB)} | ${growth(r, (x) => x.charlie.inlineDataKB)} |`,
      `| Charlie's page: data file KB raw / gzip | ${f(r.charlie.dataKB)} / ${f(r.charlie.dataGzipKB)} | ${growth(r, (x) => x.charlie.dataGzipKB)} |`,
      `| list page HTML gzip KB: /cast/ | ${f(n('castListHtmlGzipKB'))} | ${growth(r, (x) => x.castListHtmlGzipKB as number)} |`,
      `| list page HTML gzip KB: /characters/ | ${f(n('charactersListHtmlGzipKB'))} | ${growth(r, (x) => x.charactersListHtmlGzipKB as number)} |`,
      `| search index: files / gzip KB / raw KB | ${n('searchIndexFiles')} / ${f(n('searchIndexGzipKB'))} / ${f(n('searchIndexRawKB'))} | ${growth(r, (x) => x.searchIndexGzipKB)} |`,
      `| header search (manifest + largest names shard) gzip KB | ${f(n('headerSearchGzipKB'))} | ${growth(r, (x) => x.headerSearchGzipKB as number)} |`,
      `| largest names shard: prefixes, raw KB | ${shard.prefixes ?? '–'}, ${f(shard.rawKB)} | |`,
      `| first result ms (runs: ${(r.firstResultMsRuns as number[] | undefined)?.join(', ') ?? '–'}) | ${r.firstResultMs ?? '–'} | ${growth(r, (x) => x.firstResultMs)} |`,
      `| first search KB: search data + search JS | ${f(n('firstSearchDataKB'))} + ${f(n('firstSearchJsKB'))} = ${f(r.firstSearchKB)} | ${growth(r, (x) => x.firstSearchKB)} |`,
      `| — search data by kind: KB in files | ${Object.entries(
        r.firstSearchDataByKind as Record<string, { files: number; gzipKB: number }>,
      )
        .map(([k, v]) => `${k} ${f(v.gzipKB)} in ${v.files}`)
        .join(', ')} | |`,
      `| search data by the time the network is idle (snippets included): KB | ${f(n('searchDataUntilIdleKB'))} (${Object.entries(
        r.searchDataUntilIdleByKind as Record<string, { files: number; gzipKB: number }>,
      )
        .map(([k, v]) => `${k} ${f(v.gzipKB)} in ${v.files}`)
        .join(', ')}) | ${growth(r, (x) => x.searchDataUntilIdleKB as number)} |`,
      `| all before first result KB (incl. HTML, CSS, all JS) | ${f(n('firstSearchTotalKB'))} | ${growth(r, (x) => x.firstSearchTotalKB as number)} |`,
      `| results shown for "${SEARCH_QUERY}" | ${n('searchResultsShown')} | |`,
      `| precache: entries / data files precached of all | ${n('precacheEntries')} / ${n('precacheDataFiles')} of ${n('dataFiles')} | |`,
      `| precached data files by folder | ${Object.entries(
        r.precacheDataByFolder as Record<string, number>,
      )
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')} | |`,
      `| precache gzip KB | ${f(r.precacheGzipKB)} | ${growth(r, (x) => x.precacheGzipKB)} |`,
      `| sw.js KB raw / gzip | ${f(n('swJsKB'))} / ${f(n('swJsGzipKB'))} | ${growth(r, (x) => x.swJsGzipKB as number)} |`,
      `| one-edit download KB (sw.js ${f(n('oneEditSwJsGzipKB'))} + ${(r.oneEditEntries as unknown[]).length} entries) | ${f(r.oneEditDownloadKB)} | ${growth(r, (x) => x.oneEditDownloadKB)} |`,
      `| files changed by the one edit (sw.js among them: ${r.swJsChangedByOneEdit ? 'yes' : 'no'}; ${EDITED}'s data precached: ${r.editedDataPrecached ? 'yes' : 'no'}) | ${n('filesChangedByOneEdit')} | |`,
      `| changed data outside the precache (fetched when next read) gzip KB | ${f(n('oneEditOnDemandKB'))} | ${growth(r, (x) => x.oneEditOnDemandKB as number)} |`,
      ...(r.rebuildDifferingFiles !== undefined
        ? [
            `| rebuild with no change: differing files (identical) | ${n('rebuildDifferingFiles')} (${n('rebuildIdenticalFiles')}) | |`,
          ]
        : []),
      '',
      '| route | pages | HTML gzip KB | inline data KB | data file KB | data file gzip KB |',
      '| --- | --: | --: | --: | --: | --: |',
      ...ROUTE_KINDS.map(([kind, label]) => {
        const s = r.routes[kind];
        return `| ${label} | ${s?.count ?? 0} | ${spread(s?.htmlGzipKB)} | ${spread(s?.inlineDataKB)} | ${spread(s?.dataKB)} | ${spread(s?.dataGzipKB)} |`;
      }),
      '',
      `Largest pages (HTML gzip): ${(r.largestPages as { path: string; htmlGzipKB: number }[])
        .map((p) => `\`${p.path}\` ${f(p.htmlGzipKB)} KB`)
        .join(', ')}.`,
      '',
      `Largest data files (raw / gzip): ${(
        r.largestDataFiles as { path: string; rawKB: number; gzipKB: number }[]
      )
        .map((d) => `\`${d.path}\` ${f(d.rawKB)} / ${f(d.gzipKB)} KB`)
        .join(', ')}.`,
      '',
      `Changed by the one edit: ${(r.filesChangedByOneEditSample as string[]).map((p) => `\`${p}\``).join(', ')}${(r.filesChangedByOneEdit as number) > 20 ? ', …' : ''}. New precache entries: ${(r.oneEditEntries as { path: string; gzipKB: number }[]).map((e) => `\`${e.path}\` ${f(e.gzipKB)} KB`).join(', ') || 'none'}.`,
      '',
    );
  }
  return lines.join('\n');
}

// ---- Main ----

/** Never copied into the snapshot: dependencies (linked instead), history and build output. */
const NOT_CODE =
  /^(node_modules|\.git|dist|dist-.*|\.ssr.*|test-results|playwright-report|coverage)$/;

/** Copies the repository's code (not its output or dependencies) to `to`, linking node_modules. */
function snapshotCode(to: string) {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(ROOT)) {
    if (NOT_CODE.test(entry)) continue;
    cpSync(join(ROOT, entry), join(to, entry), { recursive: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(to, 'node_modules'), 'dir');
}

async function main() {
  const temp = mkdtempSync(join(tmpdir(), 'hs-scale-'));
  const made: string[] = [];
  log(`scales ${SCALES.join(', ')}; temp folder ${temp}`);
  try {
    if (!IN_PLACE) {
      BUILD_ROOT = join(temp, 'repo');
      snapshotCode(BUILD_ROOT);
      log(`building in a copy of the code: ${BUILD_ROOT}`);
    }
    // One snapshot of the real content, so every build reads the same files.
    const snapshot = join(temp, 'scale-1', 'content');
    generateScaledContent({ from: SRC_CONTENT, to: snapshot, factor: 1 });
    const runs: Run[] = [];
    for (const scale of [...new Set(SCALES)].sort((a, b) => a - b)) {
      made.push(`dist-scale-${scale}`, `dist-scale-${scale}-edit`);
      if (scale === 1) made.push('dist-scale-1-rebuild');
      runs.push(await runScale(scale, temp, snapshot));
    }
    const date = new Date().toISOString().slice(0, 10);
    // Formatted as the repository's Prettier config says, so `npm run lint` passes on them.
    const jsonFile = join(ROOT, 'docs', 'benchmarks-scale.json');
    const mdFile = join(ROOT, 'docs', 'benchmarks-scale.md');
    const options = (await prettier.resolveConfig(mdFile)) ?? {};
    writeFileSync(
      jsonFile,
      await prettier.format(JSON.stringify({ measured: date, runs }), {
        ...options,
        filepath: jsonFile,
      }),
    );
    const report = await prettier.format(markdown(runs, date), { ...options, filepath: mdFile });
    writeFileSync(mdFile, report);
    console.log(`\n${report}\nWrote docs/benchmarks-scale.md and docs/benchmarks-scale.json`);
  } finally {
    if (KEEP) log(`kept ${temp}${IN_PLACE ? ` and ${made.join(', ')}` : ' (builds in repo/)'}`);
    else {
      rmSync(temp, { recursive: true, force: true });
      if (IN_PLACE)
        for (const name of made) {
          rmSync(join(BUILD_ROOT, name), { recursive: true, force: true });
          rmSync(join(BUILD_ROOT, `${name}-ssr`), { recursive: true, force: true });
        }
    }
  }
}

await main();
