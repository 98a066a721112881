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
 *
 * The parts: scale-settings.ts (options), scale-build.ts (building and timing), scale-measure.ts
 * (what a dist weighs), scale-search.ts (a first search in Chromium), scale-run.ts (one scale),
 * scale-report.ts (the Markdown).
 */
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as prettier from 'prettier';
import { generateScaledContent } from '../lib/scale-content.ts';
import { markdown } from './scale-report.ts';
import { runScale, type Run } from './scale-run.ts';
import {
  BUILD_ROOT,
  buildIn,
  IN_PLACE,
  KEEP,
  log,
  ROOT,
  SCALES,
  SRC_CONTENT,
} from './scale-settings.ts';

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
      buildIn(join(temp, 'repo'));
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
