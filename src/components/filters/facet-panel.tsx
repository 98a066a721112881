/**
 * "More filters": groups of checkboxes whose labels say how many results each would give, and
 * the sort. Loaded when the reader asks for it, or at once when the address carries a filter.
 */
import { useId } from 'react';
import type { FilterGroupSpec } from './groups';
import type { ViewParams } from './use-view-params';
import { toggleFilter, type FilterValue, type SortValue, type ViewState } from './view-params';

export interface FacetPanelProps {
  view: ViewState;
  setView: ViewParams['setView'];
  groups: readonly FilterGroupSpec[];
  /** For each group, how many results each option would give. */
  counts: Readonly<Record<string, Readonly<Record<string, number>>>>;
  sorts?: readonly { value: SortValue; label: string }[];
}

export default function FacetPanel({ view, setView, groups, counts, sorts }: FacetPanelProps) {
  const sortId = useId();
  return (
    <section className="filters" aria-label="More filters">
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
            onChange={(event) => {
              const sort = sorts.find((s) => s.value === event.target.value)?.value;
              if (sort) setView((v) => ({ ...v, sort, page: 1 }), 'push');
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
    </section>
  );
}
