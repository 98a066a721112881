/**
 * The scale benchmark's builds: the whole `npm run build` of one wiki, timed by phase with its
 * preview-card summary; the content check a generated wiki must pass first; and the build's
 * in-process steps timed on their own.
 */
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { checkContent } from '../../src/data/check.ts';
import { indexContent } from '../../src/data/wiki-index.ts';
import { compileSite } from '../compile/compile.ts';
import { buildSearchFiles } from '../compile/search.ts';
import { readContent } from '../lib/read-content.ts';
import { precacheEntries } from '../lib/service-worker.ts';
import { seconds } from './numbers.ts';
import { BUILD_ROOT, log } from './scale-settings.ts';

export interface BuildTiming {
  seconds: number;
  /** Phases of `npm run build`, from when each step's last line appeared. */
  phases: { checkData?: number; client?: number; ssr?: number; prerender?: number };
  /** The preview cards, from the prerenderer's "Preview cards:" line. */
  cards?: CardStats;
}

export interface CardStats {
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
export function build({
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
export function checkGenerated(content: string): Promise<void> {
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
export function timeSteps(content: string, dist: string) {
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
