/**
 * What a list page needs before any filtering code has loaded: the count line, the page of rows,
 * the longest search text. Kept apart from view-params.ts so a plain visit loads nothing of the
 * URL's view.
 */
import type { ReactNode } from 'react';
import { LIST_PAGE_SIZE } from '../../data/data-keys';
import { plural } from '../../lib/text';
import type { SortValue } from './view-params';

export interface FilterableText {
  /** The search field's label; no field without one. */
  searchLabel?: string;
  sorts?: readonly { value: SortValue; label: string }[];
  /** What the list holds, one and many: ['character', 'characters']. */
  noun: readonly [string, string];
}

/** "Showing all 35 characters", "Showing 49–64 of 64 characters", "Showing 3 of 35 characters". */
export function countLine(
  { onPage, count, matched, total, page, pages }: Record<string, number>,
  noun: readonly [string, string],
): string {
  if (pages! > 1) {
    const first = (page! - 1) * LIST_PAGE_SIZE + 1;
    return `Showing ${first}–${first + onPage! - 1} of ${plural(count!, noun[0], noun[1])}`;
  }
  return matched === total
    ? `Showing all ${plural(total!, noun[0], noun[1])}`
    : `Showing ${matched} of ${plural(total!, noun[0], noun[1])}`;
}

/** The page of rows to show and how many pages there are. */
export function pageOf<T>(rows: readonly T[], count: number, page: number, paged: boolean) {
  const pages = paged ? Math.max(1, Math.ceil(count / LIST_PAGE_SIZE)) : 1;
  const current = Math.min(page, pages);
  const shown = paged
    ? rows.slice((current - 1) * LIST_PAGE_SIZE, current * LIST_PAGE_SIZE)
    : [...rows];
  return { shown, pages, page: current };
}

export type Render<T> = (shown: T[], controls: ReactNode) => ReactNode;
