/**
 * `npm run check:data`: validates every file in src/content (or the folder given) and exits
 * non-zero with one line per problem: the file, the JSON path inside it, the bad value and what
 * was expected. Runs before every build.
 */
import { relative } from 'node:path';
import { formatProblem } from '../src/data/check.ts';
import { pageTextProblems } from './compile/page-text-checks.ts';
import { writeGenerated } from './compile/shape.ts';
import { CONTENT_ROOT } from './lib/content-root.ts';
import { readCheckedContent } from './lib/load-content.ts';

const dir = process.argv[2] ?? CONTENT_ROOT;
const shownDir = relative(process.cwd(), dir) || '.';
const checked = readCheckedContent(dir);
const { raw, content } = checked;
// Then the text as pages show it: no editors' remarks, no sentence said twice on one page.
const problems = [...checked.problems, ...(content ? pageTextProblems(content) : [])];
const lines = problems.map((p) => formatProblem(p, shownDir));
if (lines.length > 0 || !content) {
  console.error(`Data check failed: ${lines.length} problem${lines.length === 1 ? '' : 's'}\n`);
  for (const line of lines) console.error(`  ${line}`);
  process.exit(1);
}
// The wiki's own content: keep src/data/shape.json and the spoiler stylesheet in step with it.
if (process.argv[2] === undefined && !process.env.CONTENT_DIR) {
  for (const file of writeGenerated(content)) console.log(`Updated ${file} from the content.`);
}
const files = Object.values(raw.collections).reduce((n, c) => n + Object.keys(c ?? {}).length, 1);
console.log(`Data check passed: ${files} files in ${shownDir}.`);
