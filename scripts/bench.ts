/**
 * `npm run bench`: builds the site, serves it, and for the front page, the character list and
 * Charlie's page reports first-visit gzip bytes by type and Lighthouse's mobile results
 * (default mobile emulation and simulated throttling) in the system Chromium; then the same for
 * a generated wiki of ten times today's people, characters, places, awards and relationships
 * (scripts/lib/scale-content.ts, built from a temp folder into dist-bench-10/). For each page
 * it also reports the first paints, the largest paint's parts and the time to interactive
 * (lib/paint-figures.ts), and for each scale how long the first interactions take on a slow
 * phone (lib/interactions.ts). Writes the tables, with the date, to docs/benchmarks.md. A measurement, not a test: it never fails on a
 * number.
 *
 *   npm run bench                 build, then measure at 1x and 10x
 *   npm run bench -- --no-build   measure the existing dist/ (and dist-bench-10/, if built)
 *   npm run bench -- --scales=1   today's content only
 *   npm run bench -- --scales=1,10,100   and a wiki of 100 times the records (a long build)
 *
 * The rows of scales not measured in a run (10x and 100x, after `--scales=1`) are kept from the
 * report already in docs/benchmarks.md (lib/bench-merge.ts).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import * as prettier from 'prettier';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { keptNotes, mergeRows, mergeSubsections } from './lib/bench-merge.ts';
import { CHROME_ARGS, CHROME_PATH } from './lib/chrome.ts';
import {
  INTERACTION_BASELINE,
  INTERACTIONS_NOTE,
  interactionTable,
  measureInteractions,
  type InteractionResult,
} from './lib/interactions.ts';
import { measurePage, type PageWeight } from './lib/page-weight.ts';
import {
  medianFigures,
  PAINT_BASELINE,
  paintFigures,
  paintTable,
  type PaintFigures,
} from './lib/paint-figures.ts';
import { generateScaledContent } from './lib/scale-content.ts';
import { startStaticServer } from './static-server.ts';

const ROOT = join(import.meta.dirname, '..');
const SCALES = (/--scales=([\d,]+)/.exec(process.argv.join(' '))?.[1] ?? '1,10')
  .split(',')
  .map(Number);
const BUILD = !process.argv.includes('--no-build');
/** Where each scale is built: today's content into dist/, a generated wiki beside it. */
const distFor = (scale: number) => join(ROOT, scale === 1 ? 'dist' : `dist-bench-${scale}`);
const PORT = Number(process.env.BENCH_PORT ?? 4190);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const PAGES = ['/', '/characters/', '/characters/charlie-spring/'];
const FLAGS = ['--headless=new', ...CHROME_ARGS];

interface LighthouseRow {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcp: number;
  tbt: number;
  cls: number;
  paint: PaintFigures;
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
/** Lighthouse swings widely between runs on a small shared machine: the median of five. */
const RUNS = 5;
/** Each interaction is a fresh visit on a slowed CPU: the median of three. */
const INTERACTION_RUNS = 3;

/** The run with the median performance score. */
function median(runs: LighthouseRow[]): LighthouseRow {
  const sorted = [...runs].sort((a, b) => a.performance - b.performance);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function runLighthouse(url: string): Promise<LighthouseRow> {
  const chrome = await chromeLauncher.launch({ chromePath: CHROME_PATH, chromeFlags: FLAGS });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { categories, audits } = result.lhr;
    const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
      lcp: audits['largest-contentful-paint']?.numericValue ?? NaN,
      tbt: audits['total-blocking-time']?.numericValue ?? NaN,
      cls: audits['cumulative-layout-shift']?.numericValue ?? NaN,
      paint: paintFigures(result.lhr),
    };
  } finally {
    await chrome.kill();
  }
}

/** Builds one scale: the real content, or a generated wiki of `scale` times its records. */
function buildScale(scale: number) {
  if (scale === 1) {
    execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
    return;
  }
  const content = mkdtempSync(join(tmpdir(), `hs-bench-${scale}-`));
  try {
    generateScaledContent({ from: join(ROOT, 'src', 'content'), to: content, factor: scale });
    // The build takes its folders relative to the repository.
    const dist = `dist-bench-${scale}`;
    execFileSync('npm', ['run', 'build'], {
      cwd: ROOT,
      stdio: 'inherit',
      env: { ...process.env, CONTENT_DIR: content, DIST_DIR: dist, SSR_DIR: `${dist}-ssr` },
    });
  } finally {
    rmSync(content, { recursive: true, force: true });
  }
}

interface ScaleResult {
  scale: number;
  weights: PageWeight[];
  scores: LighthouseRow[];
  paints: PaintFigures[];
  interactions: InteractionResult[];
}

async function measureScale(scale: number): Promise<ScaleResult> {
  const dist = distFor(scale);
  const server = await startStaticServer({ dir: dist, port: PORT });
  const browser = await chromium.launch({ executablePath: CHROME_PATH, args: CHROME_ARGS });
  const weights: PageWeight[] = [];
  const scores: LighthouseRow[] = [];
  const paints: PaintFigures[] = [];
  let interactions: InteractionResult[] = [];
  try {
    for (const path of PAGES) {
      weights.push(await measurePage(browser, { origin: ORIGIN, dist, path }));
      const runs: LighthouseRow[] = [];
      for (let i = 1; i <= RUNS; i++) {
        console.log(`Lighthouse ${scale}x ${path} (${i}/${RUNS})…`);
        runs.push(await runLighthouse(`${ORIGIN}${path}`));
      }
      scores.push(median(runs));
      paints.push(medianFigures(runs.map((r) => r.paint)));
    }
    interactions = await measureInteractions(browser, ORIGIN, { runs: INTERACTION_RUNS });
  } finally {
    await browser.close();
    server.close();
  }
  return { scale, weights, scores, paints, interactions };
}

async function main() {
  const loadAtStart = loadavg()[0]!;
  const results: ScaleResult[] = [];
  for (const scale of SCALES) {
    if (BUILD) {
      console.log(`Building ${scale}x…`);
      buildScale(scale);
    } else if (!existsSync(distFor(scale))) {
      console.log(`No build at ${distFor(scale)}: ${scale}x skipped (run without --no-build).`);
      continue;
    }
    results.push(await measureScale(scale));
  }

  console.log('Search benchmark…');
  execFileSync('npx', ['tsx', 'scripts/bench-search.ts'], { cwd: ROOT, stdio: 'inherit' });

  const date = new Date().toISOString().slice(0, 10);
  const file = join(ROOT, 'docs', 'benchmarks.md');
  const previous = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const measured = results.map((r) => r.scale);
  const merged = (heading: string, rows: string[]) => mergeRows(rows, previous, heading, measured);
  const notes = (heading: string) => keptNotes(previous, heading, measured).flatMap((p) => [p, '']);
  const [paintHead, paintRule, ...paintRows] = paintTable(
    results.flatMap(({ scale, paints }) =>
      paints.map((figures, i) => ({ scale, path: PAGES[i]!, figures })),
    ),
  );
  const lines = [
    '# Benchmarks',
    '',
    `Measured ${date} on the development machine (2 cores; load average ${loadAtStart.toFixed(1)} at the start, ${loadavg()[0]!.toFixed(1)} at the end: timings on a busy machine run long) with \`npm run bench\`: the production build`,
    'served by `scripts/static-server.ts`, Lighthouse 12 in the system Chromium with its default mobile',
    'emulation and simulated throttling. Bytes are gzip (level 9) of every file a first visit requests.',
    '',
    "Each scale is built whole: 1x is today's content; 10x is a generated wiki with ten times its",
    'people, characters, places, awards and relationships (clearly synthetic copies; the story',
    'itself, its volumes, seasons and episodes, stays as it is). A run of some scales only',
    "(`--scales=1`) keeps the other scales' rows, and the notes on them, from the run before.",
    '',
    '## First-visit bytes (KB, gzip)',
    '',
    '| scale | page | HTML | JS | CSS | JSON | images | total |',
    '| --- | --- | --: | --: | --: | --: | --: | --: |',
    ...merged(
      'First-visit bytes (KB, gzip)',
      results.flatMap(({ scale, weights }) =>
        weights.map(
          (w) =>
            `| ${scale}x | \`${w.path}\` | ${kb(w.bytes.html)} | ${kb(w.bytes.js)} | ${kb(w.bytes.css)} | ${kb(w.bytes.json)} | ${kb(w.bytes.image)} | ${kb(w.total)} |`,
        ),
      ),
    ),
    '',
    ...notes('First-visit bytes (KB, gzip)'),
    '',
    '## Lighthouse, mobile',
    '',
    '| scale | page | performance | accessibility | best practices | SEO | LCP | TBT | CLS |',
    '| --- | --- | --: | --: | --: | --: | --: | --: | --: |',
    ...merged(
      'Lighthouse, mobile',
      results.flatMap(({ scale, scores }) =>
        scores.map(
          (s, i) =>
            `| ${scale}x | \`${PAGES[i]}\` | ${s.performance} | ${s.accessibility} | ${s.bestPractices} | ${s.seo} | ${(s.lcp / 1000).toFixed(2)} s | ${Math.round(s.tbt)} ms | ${s.cls.toFixed(3)} |`,
        ),
      ),
    ),
    '',
    ...notes('Lighthouse, mobile'),
    `Each row is the median of ${RUNS} Lighthouse runs (by performance score).`,
    'Goals: performance ≥ 98; accessibility, best practices and SEO 100; LCP ≤ 1.2 s.',
    '',
    '## First paints and the largest one',
    '',
    paintHead!,
    paintRule!,
    ...merged('First paints and the largest one', paintRows),
    '',
    ...notes('First paints and the largest one'),
    `Lighthouse mobile (simulated throttling), each figure the median of its ${RUNS} runs on its own.`,
    "LCP − FCP is the difference of the medians. The LCP parts are Lighthouse's breakdown of its",
    'simulated LCP; for text in the HTML, load delay and load time are 0. Goals (issue 22): LCP within',
    '100 ms of FCP and ≤ 0.9 s; TTI must not grow.',
    '',
    'The baseline, at 1x (issue 22, 2026-12-06):',
    '',
    ...PAINT_BASELINE,
    '',
    '## Interactions on a slow phone',
    '',
    ...mergeSubsections(
      results.map(({ scale, interactions }) => ({
        scale,
        lines: interactionTable(interactions),
      })),
      previous,
      'Interactions on a slow phone',
    ),
    ...notes('Interactions on a slow phone'),
    ...INTERACTIONS_NOTE,
    '',
    'The baseline, at 1x (issue 22, 2026-12-06):',
    '',
    ...INTERACTION_BASELINE,
    '',
    '## Search',
    '',
    ...searchSection(),
    '',
    '## Hosts',
    '',
    ...subReport('benchmarks-hosts.md'),
  ];
  // Formatted as the repository's Prettier check expects.
  const options = (await prettier.resolveConfig(file)) ?? {};
  writeFileSync(file, await prettier.format(lines.join('\n'), { ...options, filepath: file }));
  console.log(lines.join('\n'));
}

/** The search benchmark's own report (docs/benchmarks-search.md), without its title. */
function searchSection(): string[] {
  return subReport('benchmarks-search.md');
}

/** Another benchmark's report in docs/, without its title, its sections one level down. */
function subReport(name: string): string[] {
  const file = join(ROOT, 'docs', name);
  if (!existsSync(file)) return [`Not measured yet: see docs/${name}.`];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => !line.startsWith('# '))
    .map((line) => line.replace(/^## /, '### '));
}

await main();
