/**
 * Build time: a page's citation numbers in the order its reader meets them, read from the page
 * itself. A page numbers its citations by the position of each source in its data's `sources`
 * (components/citations.tsx), so the order of that list is the order of the numbers. The page
 * builders list the sources in a walk of the view; the prerenderer renders the page, reads the
 * in-text citations in document order (`readingOrder`) and, where that differs, lists the
 * sources in that order and renders the page again (`numberInReadingOrder`). No page needs a
 * hand-written reading order, and a page that moves a section is numbered by where it moved to.
 *
 * The number in a citation's link is a position in the list the page numbered from: its data's
 * `sources`, or, on a page that shows only part of its data for the reader's day or filters
 * (the home and release pages), the part it shows, in the same order. So a number is matched to
 * its source through the page's source list, whose entry N links to the source's address under
 * its title.
 */
import type { Source } from '../../src/data/types.ts';
import { walkJson } from '../../src/data/walk.ts';
import { citedIds } from '../../src/data/wiki-index.ts';

/** What of a source its entry in a page's source list shows: enough to tell it from the rest. */
export type ListedSource = Pick<Source, 'id' | 'url' | 'title'>;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Text or an attribute value as React writes it, read back. */
function decode(html: string): string {
  return html.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
    if (name[0] === '#')
      return String.fromCodePoint(
        name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1)),
      );
    return ENTITIES[name.toLowerCase()] ?? entity;
  });
}

/** The numbers of each of the page's citation marks (`<sup class="cite">`), in document order. */
export function citationMarks(html: string): number[][] {
  return [...html.matchAll(/<sup class="cite">([\s\S]*?)<\/sup>/g)].map((m) => citedNumbers(m[1]!));
}

/** The numbers of the page's in-text citations (`href="#source-N"`), in document order. */
export function citedNumbers(html: string): number[] {
  return [...html.matchAll(/href="#source-(\d+)"/g)].map((m) => Number(m[1]));
}

/** Every list of source ids a page's view cites (`sources`, `noteSources`), in a walk of it. */
export function citedLists(view: unknown): string[][] {
  const lists: string[][] = [];
  walkJson(view, (node, path) => {
    const key = path.at(-1);
    if ((key === 'sources' || key === 'noteSources') && Array.isArray(node)) {
      lists.push(node.filter((id): id is string => typeof id === 'string'));
      return false;
    }
  });
  return lists;
}

/** Each entry of the page's source list: its number and the address and title it links to. */
export function listedEntries(html: string): { n: number; url: string; title: string }[] {
  return [...html.matchAll(/<li id="source-(\d+)"[^>]*>([\s\S]*?)<\/li>/g)].map((m) => {
    const link = /<a href="([^"]*)"[^>]*>([\s\S]*?)<span class="visually-hidden">/.exec(m[2]!);
    if (!link) throw new Error(`Source ${m[1]} in the page's source list links to nothing.`);
    return {
      n: Number(m[1]),
      url: decode(link[1]!),
      title: decode(link[2]!.replace(/<!--[\s\S]*?-->|<[^>]+>/g, '')),
    };
  });
}

/**
 * Which source each number on the page stands for: entry N of the page's source list is the
 * next of `sources` (in their order) with its address and title. Throws where an entry matches
 * none, or where two of `sources` show alike, so a number could stand for either.
 */
export function numberedIds(html: string, sources: readonly ListedSource[]): Map<number, string> {
  const shown = (s: { url: string; title: string }) => `${s.url}\n${s.title}`;
  const seen = new Map<string, string>();
  for (const source of sources) {
    const other = seen.get(shown(source));
    if (other !== undefined)
      throw new Error(
        `Sources ${other} and ${source.id} have the same address and title: a page citing both cannot tell their numbers apart.`,
      );
    seen.set(shown(source), source.id);
  }
  const ids = new Map<number, string>();
  let next = 0;
  for (const entry of listedEntries(html)) {
    while (next < sources.length && shown(sources[next]!) !== shown(entry)) next++;
    if (next === sources.length)
      throw new Error(
        `Source ${entry.n} in the page's source list (${entry.url}) is none of its data's sources, in their order.`,
      );
    ids.set(entry.n, sources[next]!.id);
    next++;
  }
  return ids;
}

/**
 * The ids of one citation mark in the order the view lists them: the first list (citedLists)
 * that cites just those ids, or else the first run of consecutive lists that cite only those ids
 * and, together, all of them (a mark that gathers several: a portrayal's credits, season by
 * season).
 */
function writtenOrder(
  mark: ReadonlySet<string>,
  lists: readonly (readonly string[])[],
): string[] | undefined {
  const one = lists.find((l) => new Set(l).size === mark.size && l.every((id) => mark.has(id)));
  if (one) return [...one];
  for (let start = 0; start < lists.length; start++) {
    const run: string[] = [];
    for (let end = start; end < lists.length && lists[end]!.every((id) => mark.has(id)); end++) {
      for (const id of lists[end]!) if (!run.includes(id)) run.push(id);
      if (run.length === mark.size) return run;
    }
  }
  return undefined;
}

/**
 * The page's source ids in the order its reader meets them: those cited in its text, by first
 * citation, then any it does not cite there (a row the reader's filters or day would show),
 * keeping their order. A mark shows its numbers in ascending order, so where one mark is the
 * first to cite several sources, the page alone cannot say which comes first: they keep the
 * order in which `lists` (the view's, citedLists) give that mark's sources, as its editors
 * wrote them (writtenOrder), or else their order in `sources`.
 */
export function readingOrder(
  html: string,
  sources: readonly ListedSource[],
  lists: readonly (readonly string[])[] = [],
): string[] {
  const ids = numberedIds(html, sources);
  const order: string[] = [];
  const seen = new Set<string>();
  for (const mark of citationMarks(html)) {
    const cited = mark.map((n) => {
      const id = ids.get(n);
      if (id === undefined) throw new Error(`Citation [${n}] has no entry in the page's sources.`);
      return id;
    });
    const fresh = [...new Set(cited)].filter((id) => !seen.has(id));
    if (fresh.length > 1) {
      const written = writtenOrder(new Set(cited), lists);
      if (written) fresh.sort((a, b) => written.indexOf(a) - written.indexOf(b));
    }
    for (const id of fresh) {
      seen.add(id);
      order.push(id);
    }
  }
  for (const { id } of sources) if (!seen.has(id)) order.push(id);
  return order;
}

/**
 * What is wrong with a rendered page's numbers: a new number that is not the next one (reading
 * down the page they go 1, 2, 3…), or a number with no entry in its source list.
 */
export function numberingProblems(html: string): string[] {
  const cited = citedNumbers(html);
  const firsts = cited.filter((n, i) => cited.indexOf(n) === i);
  const problems: string[] = [];
  if (firsts.some((n, i) => n !== i + 1)) problems.push(`numbers read ${firsts.join(', ')}`);
  const listed = new Set(listedEntries(html).map((e) => e.n));
  for (const n of firsts) if (!listed.has(n)) problems.push(`[${n}] has no source listed`);
  return problems;
}

/** A page of the site, rendered. */
export interface RenderedHtml {
  html: string;
}

/** The ids a page's data cites (anywhere in its view) that its `sources` leave without a number. */
export function unnumberedIds(data: unknown): string[] {
  const { view, sources } = (data ?? {}) as { view?: unknown; sources?: unknown };
  if (!Array.isArray(sources)) return [];
  const listed = new Set((sources as Source[]).map((s) => s.id));
  return citedIds(view).filter((id) => !listed.has(id));
}

/**
 * Renders every page, numbering each page's citations in the order its reader meets them: where
 * the first render's order differs from its data's, the data's `sources` are put in that order
 * (in `files`, which the renders read) and the page is rendered again. Throws if any id a page's
 * data cites has no number, or any page's numbers still do not read 1, 2, 3…, or a number has
 * no source listed. Returns the final render of each page, by path, and how many were reordered.
 */
export async function numberInReadingOrder<R extends RenderedHtml>(
  pages: readonly { path: string; dataKey?: string }[],
  files: Map<string, unknown>,
  render: (path: string) => Promise<R>,
): Promise<{ rendered: Map<string, R>; reordered: number }> {
  const rendered = new Map<string, R>();
  let reordered = 0;
  const problems: string[] = [];
  for (const page of pages) {
    let result = await render(page.path);
    const data = page.dataKey ? files.get(page.dataKey) : undefined;
    const unnumbered = unnumberedIds(data);
    if (unnumbered.length)
      problems.push(`${page.path}: cites ${unnumbered.join(', ')} with no number`);
    const sources = (data as { sources?: unknown } | undefined)?.sources;
    if (Array.isArray(sources) && sources.length > 1) {
      const list = sources as Source[];
      const order = readingOrder(result.html, list, citedLists((data as { view?: unknown }).view));
      if (order.some((id, i) => id !== list[i]!.id)) {
        const byId = new Map(list.map((s) => [s.id, s]));
        files.set(page.dataKey!, { ...(data as object), sources: order.map((id) => byId.get(id)) });
        result = await render(page.path);
        reordered++;
      }
    }
    problems.push(...numberingProblems(result.html).map((p) => `${page.path}: ${p}`));
    rendered.set(page.path, result);
  }
  if (problems.length)
    throw new Error(`Citation numbers out of reading order:\n${problems.join('\n')}`);
  return { rendered, reordered };
}
