/**
 * The checks on text as pages show it, run by `npm run check:data` after the content's own checks
 * pass:
 * - reading text carries no editors' remarks (src/data/reading-text.ts);
 * - no page says the same thing twice: the site is compiled, and on each page the sentences of
 *   its text are compared by word trigrams (src/lib/near-duplicates.ts). A repeat names both
 *   sentences, the content file and JSON path each comes from, and the pages that show both.
 */
import { jsonPath, type DataProblem } from '../../src/data/check.ts';
import { COLLECTIONS, idOf } from '../../src/data/kinds.ts';
import { readingTextProblems } from '../../src/data/reading-text.ts';
import type { Content } from '../../src/data/types.ts';
import { walkJson } from '../../src/data/walk.ts';
import { nearDuplicates } from '../../src/lib/near-duplicates.ts';
import { compileSite } from './compile.ts';

/** Where a text is in the content: a file and a JSON path. */
interface Place {
  file: string;
  path: string;
}

/** Keys whose strings are not a page's reading text, or are shown on editors' pages only. */
const SKIP = new Set(['changes', 'editorsNotes', 'searchAliases', 'sources', 'url', 'json']);
/** Keys whose strings are a page's sentences. */
const PROSE = new Set(['text', 'note', 'statement']);
/** Pages whose text is about the content, not the story: the change log and editors' pages. */
const NOT_READING = new Set(['changes', 'contribute', 'contribute-file', 'search-a-z']);

/** Every prose string of the content, with the places it is written. */
function placesOfText(content: Content): Map<string, Place[]> {
  const places = new Map<string, Place[]>();
  for (const collection of COLLECTIONS) {
    for (const entity of content[collection]) {
      const file = `${collection}/${idOf(collection, entity)}.json`;
      walkJson(entity, (node, path) => {
        const key = path.at(-1);
        if (typeof key !== 'string') return;
        if (SKIP.has(key)) return false;
        if (PROSE.has(key) && typeof node === 'string') {
          const list = places.get(node) ?? [];
          list.push({ file, path: jsonPath(path) });
          places.set(node, list);
        }
      });
    }
  }
  return places;
}

/** The prose strings a page's view shows, in the order the view holds them. */
function proseOf(view: unknown): string[] {
  const into: string[] = [];
  walkJson(view, (node, path) => {
    const key = path.at(-1);
    if (typeof key !== 'string') return;
    if (SKIP.has(key)) return false;
    if (PROSE.has(key) && typeof node === 'string') into.push(node);
  });
  return into;
}

export function duplicateProblems(content: Content): DataProblem[] {
  const places = placesOfText(content);
  const { pages, files } = compileSite(content);
  const found = new Map<string, { problem: DataProblem; pages: string[] }>();
  for (const page of pages) {
    if (!page.dataKey || NOT_READING.has(page.template)) continue;
    const view = (files.get(page.dataKey) as { view?: unknown } | undefined)?.view;
    if (!view) continue;
    // Text the page itself writes is not the content's; a view may hold one fact in two fields.
    const prose = [...new Set(proseOf(view))].filter((text) => places.has(text));
    // Words written in several files (three characters' files may tell one scene alike) are on
    // this page from each of those files the page shows other text of: from two, said twice.
    const onPage = new Set(
      prose.flatMap((text) => (places.get(text)!.length === 1 ? [places.get(text)![0]!.file] : [])),
    );
    const texts = prose.flatMap((text) => {
      const at = places.get(text)!;
      const shown = at.filter((place) => onPage.has(place.file));
      return (shown.length > 1 ? shown : [at.find((p) => onPage.has(p.file)) ?? at[0]!]).map(
        (from) => ({ text, from }),
      );
    });
    for (const { first, second, score } of nearDuplicates(texts)) {
      const key = JSON.stringify([first, second]);
      const seen = found.get(key);
      if (seen) {
        seen.pages.push(page.path);
        continue;
      }
      found.set(key, {
        pages: [page.path],
        problem: {
          file: first.from.file,
          path: first.from.path,
          value: first.sentence,
          expected: `a sentence not said again on the same page: ${second.from.file} at ${second.from.path} says ${JSON.stringify(second.sentence)} (${Math.round(score * 100)}% of its word trigrams shared)`,
        },
      });
    }
  }
  return [...found.values()].map(({ problem, pages: on }) => ({
    ...problem,
    expected: `${problem.expected}, on ${on.join(', ')}`,
  }));
}

export function pageTextProblems(content: Content): DataProblem[] {
  return [...readingTextProblems(content), ...duplicateProblems(content)];
}
