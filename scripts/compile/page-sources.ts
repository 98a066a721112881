/**
 * Build time: what a page's data carries of the editors' side of the content. A reading page
 * shows a source's publisher, title, address, dates, confidence and spoiler tag; a source's
 * `checked`, `changes` and remark (`note`), and any file's `editorsNotes`, stay out of its data.
 * Only the page about a content file shows the remarks, so only its data keeps them.
 */
import type { Source } from '../../src/data/types.ts';

/** The fields of a source a reading page shows (citations.tsx). */
export function readerSource(source: Source, keepNote = false): Source {
  const { checked: _checked, changes: _changes, editorsNotes: _notes, note, ...shown } = source;
  return keepNote && note ? { ...shown, note } : shown;
}

/** A value without any `editorsNotes` inside it. */
function withoutEditorsNotes(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutEditorsNotes);
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== 'editorsNotes')
      .map(([key, child]) => [key, withoutEditorsNotes(child)]),
  );
}

/**
 * A page's data as the page needs it: sources trimmed to what the page shows, and no editors'
 * notes, unless it is the page about a content file (`forEditors`).
 */
export function trimPageData<T>(data: T, forEditors: boolean): T {
  const page = (forEditors ? data : withoutEditorsNotes(data)) as T & { sources?: unknown };
  if (!Array.isArray(page.sources)) return page;
  return { ...page, sources: (page.sources as Source[]).map((s) => readerSource(s, forEditors)) };
}
