/**
 * The filter panel of a list page: a search field, groups of checkboxes whose labels say how
 * many results each would give, a sort, "Clear all", and a polite live region with the count.
 */
import { useId } from 'react';
import { plural } from '../../lib/text';
import {
  activeFilterCount,
  EMPTY_VIEW,
  toggleFilter,
  type FilterKey,
  type FilterValue,
  type SortValue,
} from '../../lib/view-params';
import type { ViewParams } from './use-view-params';
import { ViewSearchField } from './view-search-field';

export interface FilterGroupSpec<K extends FilterKey = FilterKey> {
  key: K;
  legend: string;
  options: readonly { value: FilterValue<K>; label: string }[];
}

export interface ListFiltersProps extends ViewParams {
  /** The search field's label; no field without one. */
  searchLabel?: string;
  groups: readonly FilterGroupSpec[];
  /** For each group, how many results each option would give. */
  counts: Readonly<Record<string, Readonly<Record<string, number>>>>;
  sorts?: readonly { value: SortValue; label: string }[];
  shown: number;
  total: number;
  /** What the list holds, one and many: ['character', 'characters']. */
  noun: readonly [string, string];
}

export function ListFilters(props: ListFiltersProps) {
  const { view, hydrated, setView, groups, counts, sorts, shown, total, noun } = props;
  const sortId = useId();
  const active = activeFilterCount(view);
  return (
    <section className="filters" aria-label="Search and filters">
      {props.searchLabel && (
        <ViewSearchField
          label={props.searchLabel}
          value={view.q}
          hydrated={hydrated}
          onType={(q) => setView((v) => ({ ...v, q }), 'replace')}
        />
      )}
      {groups.map((group) => (
        <fieldset key={group.key} className="filter-group">
          <legend>{group.legend}</legend>
          {group.options.map((option) => {
            const checked = (view[group.key] as readonly string[]).includes(option.value);
            const count = counts[group.key]?.[option.value] ?? 0;
            return (
              <label key={option.value}>
                <input
                  type="checkbox"
                  name={group.key}
                  value={option.value}
                  checked={checked}
                  disabled={!hydrated}
                  onChange={() =>
                    setView(
                      (v) =>
                        toggleFilter(v, group.key, option.value as FilterValue<typeof group.key>),
                      'push',
                    )
                  }
                />
                <span>
                  {option.label} ({count})
                </span>
              </label>
            );
          })}
        </fieldset>
      ))}
      {sorts && (
        <div className="filters__sort">
          <label htmlFor={sortId}>Sort</label>
          <select
            id={sortId}
            value={view.sort}
            disabled={!hydrated}
            onChange={(event) => {
              const sort = sorts.find((s) => s.value === event.target.value)?.value;
              if (sort) setView((v) => ({ ...v, sort }), 'push');
            }}
          >
            {sorts.map((s) => (
              <option key={s.value} value={s.value}>
                {s.label}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="filters__actions">
        <p role="status" className="result-count">
          {shown === total
            ? `Showing all ${plural(total, noun[0], noun[1])}`
            : `Showing ${shown} of ${plural(total, noun[0], noun[1])}`}
          {active > 0 && ` · ${plural(active, 'filter')} in use`}
        </p>
        <button
          type="button"
          className="button button--quiet"
          disabled={active === 0 && view.sort === EMPTY_VIEW.sort}
          onClick={() => setView(() => EMPTY_VIEW, 'push')}
        >
          Clear all
        </button>
      </div>
    </section>
  );
}

/** What an empty result says: nothing matched, the closest names, and a way out. */
export function EmptyResults({
  /** Plural: "characters". */
  noun,
  suggestions,
  setView,
}: {
  noun: string;
  suggestions: readonly string[];
  setView: ViewParams['setView'];
}) {
  return (
    <div className="empty-results">
      <p>
        <strong>No {noun} match.</strong>
      </p>
      {suggestions.length > 0 && (
        <p>
          Did you mean{' '}
          {suggestions.map((name, i) => (
            <span key={name}>
              {i > 0 && (i === suggestions.length - 1 ? ' or ' : ', ')}
              <button
                type="button"
                className="link-button"
                onClick={() => setView(() => ({ ...EMPTY_VIEW, q: name }), 'push')}
              >
                {name}
              </button>
            </span>
          ))}
          ?
        </p>
      )}
      <button type="button" className="button" onClick={() => setView(() => EMPTY_VIEW, 'push')}>
        Clear search and filters
      </button>
    </div>
  );
}
