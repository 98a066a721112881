/**
 * The loaded half of a filterable list (see filterable.tsx): reads the view from the URL,
 * filters and counts, and renders the panel and the list, or an empty result.
 */
import { useEffect, useRef, type ReactNode } from 'react';
import { closestNames } from '../../lib/fuzzy';
import { EmptyResults, ListFilters, type ListFiltersProps } from './list-filters';
import { useFilteredList, type ListSpec } from './use-filtered-list';

export type PanelText = Pick<ListFiltersProps, 'searchLabel' | 'sorts' | 'noun'>;

export interface FilterPanelProps<T> {
  items: readonly T[];
  spec: ListSpec<T>;
  text: PanelText;
  /** Names to suggest when nothing matches the search text. */
  names?: (item: T) => { name: string; aliases?: readonly string[] };
  render: (shown: T[], panel: ReactNode) => ReactNode;
}

export default function FilterPanel<T>({
  items,
  spec,
  text,
  names,
  render,
  focusOnOpen,
}: FilterPanelProps<T> & { focusOnOpen: boolean }) {
  const list = useFilteredList(items, spec);
  const start = useRef<HTMLDivElement>(null);
  // Opened with the "Search and filter" button: carry on from its first control.
  useEffect(() => {
    if (focusOnOpen) start.current?.querySelector<HTMLElement>('input, select, button')?.focus();
  }, [focusOnOpen]);
  const panel = (
    <div ref={start}>
      <ListFilters
        {...list}
        {...text}
        groups={spec.groups}
        shown={list.items.length}
        total={items.length}
      />
      {list.items.length === 0 && (
        <EmptyResults
          noun={text.noun[1]}
          suggestions={names ? closestNames(list.view.q, items.map(names)) : []}
          setView={list.setView}
        />
      )}
    </div>
  );
  return <>{render(list.items, panel)}</>;
}
