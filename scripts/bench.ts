/**
 * `npm run bench`: builds the site, serves it, and for the front page, the character list and
 * Charlie's page reports first-visit gzip bytes by type and Lighthouse's mobile results
 * (default mobile emulation and simulated throttling) in the system Chromium. Writes the table,
 * with the date, to docs/benchmarks.md. A measurement, not a test: it never fails on a number.
 *
 *   npm run bench               build, then measure
 *   npm run bench -- --no-build measure the existing dist/
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { measurePage, type PageWeight } from './lib/page-weight.ts';
import { startStaticServer } from './static-server.ts';

const ROOT = join(import.meta.dirname, '..');
const DIST = join(ROOT, 'dist');
const PORT = Number(process.env.BENCH_PORT ?? 4190);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const PAGES = ['/', '/characters/', '/characters/charlie-spring/'];
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

interface LighthouseRow {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcp: number;
  tbt: number;
  cls: number;
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const RUNS = 3;

/** The run with the median performance score. */
function median(runs: LighthouseRow[]): LighthouseRow {
  const sorted = [...runs].sort((a, b) => a.performance - b.performance);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function runLighthouse(url: string): Promise<LighthouseRow> {
  const chrome = await chromeLauncher.launch({ chromePath: CHROME, chromeFlags: FLAGS });
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
    };
  } finally {
    await chrome.kill();
  }
}

async function main() {
  if (!process.argv.includes('--no-build')) {
    console.log('Building…');
    execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
  }
  const server = await startStaticServer({ dir: DIST, port: PORT });
  const browser = await chromium.launch({ executablePath: CHROME, args: FLAGS.slice(1) });
  const weights: PageWeight[] = [];
  const scores: LighthouseRow[] = [];
  try {
    for (const path of PAGES) {
      weights.push(await measurePage(browser, { origin: ORIGIN, dist: DIST, path }));
      // Lighthouse varies from run to run on a shared machine: the median of three.
      const runs: LighthouseRow[] = [];
      for (let i = 1; i <= RUNS; i++) {
        console.log(`Lighthouse ${path} (${i}/${RUNS})…`);
        runs.push(await runLighthouse(`${ORIGIN}${path}`));
      }
      scores.push(median(runs));
    }
  } finally {
    await browser.close();
    server.close();
  }

  console.log('Search benchmark…');
  execFileSync('npx', ['tsx', 'scripts/bench-search.ts'], { cwd: ROOT, stdio: 'inherit' });

  const date = new Date().toISOString().slice(0, 10);
  const lines = [
    '# Benchmarks',
    '',
    `Measured ${date} on the development machine (2 cores) with \`npm run bench\`: the production build`,
    'served by `scripts/static-server.ts`, Lighthouse 12 in the system Chromium with its default mobile',
    'emulation and simulated throttling. Bytes are gzip (level 9) of every file a first visit requests.',
    '',
    '## First-visit bytes (KB, gzip)',
    '',
    '| page | HTML | JS | CSS | JSON | images | total |',
    '| --- | --: | --: | --: | --: | --: | --: |',
    ...weights.map(
      (w) =>
        `| \`${w.path}\` | ${kb(w.bytes.html)} | ${kb(w.bytes.js)} | ${kb(w.bytes.css)} | ${kb(w.bytes.json)} | ${kb(w.bytes.image)} | ${kb(w.total)} |`,
    ),
    '',
    '## Lighthouse, mobile',
    '',
    '| page | performance | accessibility | best practices | SEO | LCP | TBT | CLS |',
    '| --- | --: | --: | --: | --: | --: | --: | --: |',
    ...scores.map(
      (s, i) =>
        `| \`${PAGES[i]}\` | ${s.performance} | ${s.accessibility} | ${s.bestPractices} | ${s.seo} | ${(s.lcp / 1000).toFixed(2)} s | ${Math.round(s.tbt)} ms | ${s.cls.toFixed(3)} |`,
    ),
    '',
    `Each row is the median of ${RUNS} Lighthouse runs (by performance score).`,
    'Goals: performance ≥ 98; accessibility, best practices and SEO 100; LCP ≤ 1.2 s.',
    '',
    '## Search',
    '',
    ...searchSection(),
  ];
  writeFileSync(join(ROOT, 'docs', 'benchmarks.md'), lines.join('\n'));
  console.log(lines.join('\n'));
}

/** The search benchmark's own report (docs/benchmarks-search.md), without its title. */
function searchSection(): string[] {
  const report = readFileSync(join(ROOT, 'docs', 'benchmarks-search.md'), 'utf8');
  return report
    .split('\n')
    .filter((line) => !line.startsWith('# '))
    .map((line) => line.replace(/^## /, '### '));
}

await main();
