/**
 * The scale benchmark's settings: its command-line options (`--scales=`, `--keep`,
 * `--in-place`), where the builds run, and what it follows across scales.
 */
import { loadavg } from 'node:os';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');
export const SRC_CONTENT = join(ROOT, 'src', 'content');
/**
 * Where the builds run: a copy of the repository's code in the temp folder (node_modules linked),
 * so every build of a run sees the same code even while the working tree changes; or, with
 * --in-place, the repository itself (dist-scale-* beside dist/). Set once, by `main` in
 * scale.ts, before the first build.
 */
export let BUILD_ROOT = ROOT;
export const buildIn = (root: string) => {
  BUILD_ROOT = root;
};
/** The character whose page is followed across scales, and whose bio the one-edit build changes. */
export const EDITED = 'charlie-spring';
export const SEARCH_QUERY = 'charlie';
export const SEARCH_RUNS = 5;
/** JS chunks that belong to search (the results page, the client, the engine and its helpers). */
export const SEARCH_CHUNK = /^assets\/[^/]*(search|fuzzy|fold)[^/]*\.js$/;

/** One-minute load average when the run began: other work on the machine skews the timings. */
export const LOAD_AT_START = loadavg()[0]!.toFixed(1);
const args = process.argv.slice(2);
export const KEEP = args.includes('--keep');
export const IN_PLACE = args.includes('--in-place');
export const SCALES = (
  args.find((a) => a.startsWith('--scales='))?.slice('--scales='.length) ?? '1,10,100'
)
  .split(',')
  .map(Number);
if (SCALES.some((s) => !Number.isInteger(s) || s < 1))
  throw new Error(`--scales takes whole numbers ≥ 1, such as --scales=1,10 (got ${SCALES.join()})`);

export const log = (message: string) => console.log(`[bench:scale] ${message}`);
