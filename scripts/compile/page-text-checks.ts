/**
 * The checks on text as pages show it, run by `npm run check:data` after the content's own
 * checks pass: reading text carries no editors' remarks (src/data/reading-text.ts).
 */
import type { DataProblem } from '../../src/data/check.ts';
import { readingTextProblems } from '../../src/data/reading-text.ts';
import type { Content } from '../../src/data/types.ts';

export function pageTextProblems(content: Content): DataProblem[] {
  return [...readingTextProblems(content)];
}
