/**
 * A list that the reader can search and filter. The prerendered page, and the page as it
 * hydrates, show the whole list. The search and filter panel's code loads when the reader asks
 * for it ("Search and filter"), or at once when the address already carries a view (a shared
 * link such as /characters?season=2); so a plain first visit downloads none of it and each list
 * page stays inside its byte budget (docs/decisions/011).
 */
import { lazy, Suspense, useState, type ComponentType, type ReactNode } from 'react';
import { useLocation } from 'react-router-dom';
import { useHydrated } from '../../lib/use-hydrated';
import type { FilterPanelProps } from './filter-panel';

const loadPanel = () => import('./filter-panel');
const FilterPanel = lazy(loadPanel) as unknown as ComponentType<
  FilterPanelProps<unknown> & { focusOnOpen: boolean }
>;

export function Filterable<T>(props: FilterPanelProps<T>) {
  const hydrated = useHydrated();
  const { search } = useLocation();
  const [open, setOpen] = useState<'no' | 'by-reader' | 'by-url'>('no');
  if (hydrated && open === 'no' && search.length > 1) setOpen('by-url');

  const toggle = hydrated ? (
    <div className="filters-toggle">
      <button
        type="button"
        className="button button--quiet"
        aria-expanded="false"
        onPointerEnter={() => void loadPanel()}
        onFocus={() => void loadPanel()}
        onClick={() => setOpen('by-reader')}
      >
        Search and filter
      </button>
    </div>
  ) : (
    <div className="filters-toggle" />
  );
  const whole: ReactNode = props.render([...props.items], toggle);
  if (open === 'no') return whole;
  return (
    <Suspense fallback={whole}>
      <FilterPanel {...(props as FilterPanelProps<unknown>)} focusOnOpen={open === 'by-reader'} />
    </Suspense>
  );
}
