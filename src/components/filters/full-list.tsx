/**
 * The loaded half of a filterable list (filterable.tsx): reads the view from the URL, matches,
 * filters, orders and pages the whole list, and counts each filter's results. The facets and
 * the sort stay behind "More filters"; empty results suggest the nearest names.
 */
import {
  lazy,
  Suspense,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ComponentType,
  type ReactNode,
  type RefObject,
} from 'react';
import { useLocation } from 'react-router-dom';
import type { FacetPanelProps } from './facet-panel';
import { applyFacets, facetCounts, orderItems } from '../../lib/facets';
import { closestNames } from '../../lib/fuzzy';
import { groupOptions } from './groups';
import type { FilterableProps } from './filterable';
import { countLine, MoreFilters, pageOf } from './list-basics';
import { Pager, SearchForm } from './list-parts';
import { EmptyResults } from './empty-results';
import { useTextMatch } from './use-text-match';
import { useViewParams } from './use-view-params';
import { activeFilterCount, EMPTY_VIEW } from './view-params';

const loadPanel = () => import('./facet-panel');
const FacetPanel = lazy(loadPanel) as unknown as ComponentType<FacetPanelProps>;

/**
 * What the plain list hands over: the text typed so far, whether the field had the focus, and
 * whether "More filters" was pressed. (The plain field itself comes too: its text at the swap
 * is the latest.)
 */
export interface Handoff {
  typed: string;
  focus: boolean;
  panel: boolean;
  /** "More filters" was pressed, so the button that replaces it takes the focus. */
  toggleFocus: boolean;
}

export default function FullList<T>({
  items,
  total = items.length,
  onWantAll,
  spec,
  text,
  names,
  paged = true,
  render,
  handoff,
  plainField,
}: FilterableProps<T> & { handoff: Handoff; plainField?: RefObject<HTMLInputElement | null> }) {
  const params = useViewParams([...spec.keys, 'page']);
  const { view, hydrated, setView } = params;
  const { pathname } = useLocation();
  const complete = items.length >= total;
  const filtering = activeFilterCount(view) > 0 || view.sort !== EMPTY_VIEW.sort;
  const facetsInUse = spec.groups.some((g) => view[g.key].length > 0) || view.sort !== 'match';
  const [open, setOpen] = useState(handoff.panel);
  // A view opened with filters keeps its panel open once they are cleared.
  if (hydrated && facetsInUse && !open) setOpen(true);
  const panelOpen = hydrated && (open || facetsInUse);
  const bar = useRef<HTMLDivElement>(null);

  // The whole list, once the reader searches, filters, sorts, pages or opens the filters.
  const engaged = handoff.focus || handoff.panel || handoff.typed !== '' || open;
  const needAll = filtering || view.page > 1 || engaged;
  useEffect(() => {
    if (needAll && !complete) onWantAll?.();
  }, [needAll, complete, onWantAll]);

  const { ranked, pending } = useTextMatch(items, spec.toRecord, view.q);
  const result = useMemo(() => {
    const matching = ranked ? items.filter((item) => ranked.has(spec.order.id(item))) : items;
    const selection = Object.fromEntries(spec.groups.map((g) => [g.key, view[g.key]]));
    const counts = facetCounts(matching, spec.facets, selection, groupOptions(spec.groups));
    // Until the reader filters or sorts, the list keeps the order the page gave it.
    if (!filtering) return { items: [...items], counts };
    return {
      items: orderItems(
        applyFacets(matching, spec.facets, selection),
        view.sort,
        spec.order,
        ranked,
      ),
      counts,
    };
  }, [filtering, items, ranked, spec, view]);

  const waiting = (needAll && !complete) || (filtering && pending);
  const matched = result.items;
  const count = complete ? matched.length : total;
  const { shown, pages, page } = pageOf(matched, count, view.page, paged);
  const active = activeFilterCount(view);

  const controls: ReactNode = (
    <div className="filters-bar" ref={bar}>
      {text.searchLabel && (
        <SearchForm
          label={text.searchLabel}
          params={params}
          pathname={pathname}
          initial={handoff.typed}
          {...(plainField ? { takeFrom: plainField } : {})}
          focus={handoff.focus && !handoff.toggleFocus}
        />
      )}
      {spec.groups.length > 0 && (
        <MoreFilters
          open={panelOpen}
          disabled={!hydrated}
          onPrepare={() => void loadPanel()}
          onToggle={() => setOpen(!panelOpen)}
          focus={handoff.toggleFocus}
        />
      )}
      {panelOpen && (
        <Suspense fallback={null}>
          <FacetPanel
            view={view}
            setView={setView}
            groups={spec.groups}
            counts={result.counts}
            {...(text.sorts ? { sorts: text.sorts } : {})}
          />
        </Suspense>
      )}
      <p role="status" className="result-count">
        {waiting
          ? `Loading all ${text.noun[1]}…`
          : countLine(
              { onPage: shown.length, count, matched: matched.length, total, page, pages },
              text.noun,
            )}
        {active > 0 && ` · ${active} ${active === 1 ? 'filter' : 'filters'} in use`}
      </p>
      {active > 0 && (
        <button
          type="button"
          className="button button--quiet"
          onClick={() => {
            // The button goes with the filters: the focus moves to "More filters". (Not to the
            // search field, which is made afresh for the new address.)
            const toggle = bar.current?.querySelector<HTMLElement>('.filters-toggle button');
            toggle?.focus();
            setView(() => EMPTY_VIEW, 'push');
          }}
        >
          Clear all
        </button>
      )}
      {!waiting && filtering && matched.length === 0 && (
        <EmptyResults
          noun={text.noun[1]}
          view={view}
          suggestions={names && view.q.trim() ? closestNames(view.q, items.map(names)) : []}
          setView={setView}
        />
      )}
    </div>
  );

  return (
    <>
      {render(waiting && filtering ? [] : shown, controls)}
      <Pager page={page} pages={pages} pathname={pathname} view={view} noun={text.noun[1]} />
    </>
  );
}
