/**
 * `npm run check:data`: validates every file in src/data/json and exits non-zero with one line
 * per problem (file, JSON path, bad value, what was expected). Runs before every build.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkDataset, formatProblem, type RawDataset } from '../src/data/check.ts';

const dir = process.argv[2] ?? join(import.meta.dirname, '..', 'src', 'data', 'json');
const shownDir = relative(process.cwd(), dir) || '.';
const raw: RawDataset = {};
const unreadable: string[] = [];

for (const name of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
  const text = readFileSync(join(dir, name), 'utf8');
  try {
    (raw as Record<string, unknown>)[name] = JSON.parse(text);
  } catch (error) {
    unreadable.push(`${shownDir}/${name}: not valid JSON (${(error as Error).message})`);
  }
}

const problems = unreadable.length > 0 ? [] : checkDataset(raw);
const lines = [...unreadable, ...problems.map((p) => formatProblem(p, shownDir))];
if (lines.length > 0) {
  console.error(`Data check failed: ${lines.length} problem${lines.length === 1 ? '' : 's'}\n`);
  for (const line of lines) console.error(`  ${line}`);
  process.exit(1);
}
console.log(`Data check passed: ${Object.keys(raw).length} files in ${shownDir}.`);
