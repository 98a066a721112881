/**
 * The scale benchmark in the browser: the time to a first search result on the results page in
 * headless Chromium, and what the page downloaded before it and until the network was idle.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { CHROME_ARGS, CHROME_PATH } from '../lib/chrome.ts';
import { startStaticServer } from '../static-server.ts';
import { freePort, gzip, KB } from './numbers.ts';
import { SEARCH_CHUNK, SEARCH_QUERY, SEARCH_RUNS } from './scale-settings.ts';

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

export async function measureSearch(dist: string) {
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
