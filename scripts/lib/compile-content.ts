/** Reads, checks and compiles src/content (or CONTENT_DIR) into page data files, by key. */
import { checkContent, formatProblem } from '../../src/data/check.ts';
import { compileSite } from '../compile/compile.ts';
import { readContent } from './read-content.ts';

export function compileContent(): Map<string, unknown> {
  const { raw, problems: unreadable } = readContent();
  const { problems, content } =
    unreadable.length > 0 ? { problems: unreadable, content: undefined } : checkContent(raw);
  if (!content) {
    throw new Error(
      `The content has ${problems.length} problem(s):\n${problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`,
    );
  }
  return compileSite(content).files;
}
