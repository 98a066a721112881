/**
 * What both halves of a list page render (filterable.tsx before any filtering, full-list.tsx
 * once the reader searches or filters): the "More filters" button, the count, the page of rows.
 * Kept apart from list-parts.tsx so a plain visit loads nothing of the URL's view.
 */
import { useLayoutEffect, useRef, type ReactNode } from 'react';
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

export function MoreFilters({
  open,
  disabled,
  onPrepare,
  onToggle,
  focus = false,
}: {
  open: boolean;
  disabled: boolean;
  onPrepare: () => void;
  onToggle: () => void;
  /** Take the focus on mount: the plain list's button this one replaces had it. */
  focus?: boolean;
}) {
  const button = useRef<HTMLButtonElement>(null);
  // In the same commit that removes the button this replaces, so no key press falls between.
  useLayoutEffect(() => {
    if (focus) button.current?.focus();
    // Only on mount.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return (
    <div className="filters-toggle">
      <button
        ref={button}
        type="button"
        className="button button--quiet"
        aria-expanded={open}
        disabled={disabled}
        onPointerEnter={onPrepare}
        onFocus={onPrepare}
        onClick={onToggle}
      >
        More filters
      </button>
    </div>
  );
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
