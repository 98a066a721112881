/**
 * "More filters": groups of checkboxes whose labels say how many results each would give, and
 * the sort. Loaded when the reader asks for it, or at once when the address carries a filter.
 *
 * A choice shows in the panel at once (its own state, a small render); the list follows in a
 * task of its own after that paint (the route's navigation, which renders the page again), so
 * the tap answers before the list is filtered. The navigation is not a transition: a transition
 * would wait for any part of the page whose code has not loaded yet (deferred.tsx).
 */
import { useId, useState } from 'react';
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
  // The reader's last choice, until the view it was made on gives way to the next one.
  const [chosen, setChosen] = useState<{ from: ViewState; to: ViewState } | null>(null);
  const shown = chosen && chosen.from === view ? chosen.to : view;
  const choose = (to: ViewState) => {
    setChosen({ from: view, to });
    afterNextPaint(() => setView(() => to, 'push'));
  };
  return (
    <section className="filters" aria-label="More filters">
      {groups.map((group) => (
        <fieldset key={group.key} className="filter-group">
          <legend>{group.legend}</legend>
          {group.options.map((option) => {
            const checked = (shown[group.key] as readonly string[]).includes(option.value);
            const count = counts[group.key]?.[option.value] ?? 0;
            return (
              <label key={option.value}>
                <input
                  type="checkbox"
                  name={group.key}
                  value={option.value}
                  checked={checked}
                  onChange={() =>
                    choose(
                      toggleFilter(shown, group.key, option.value as FilterValue<typeof group.key>),
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
            value={shown.sort}
            onChange={(event) => {
              const sort = sorts.find((s) => s.value === event.target.value)?.value;
              if (sort) choose({ ...shown, sort, page: 1 });
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

/** Runs `task` once the browser has painted the current frame. */
function afterNextPaint(task: () => void) {
  requestAnimationFrame(() => setTimeout(task, 0));
}
