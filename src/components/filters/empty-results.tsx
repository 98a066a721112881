/** What an empty result says: nothing matched, the closest names, and a way out. */
import type { ViewParams } from './use-view-params';
import { activeFilterCount, EMPTY_VIEW, type ViewState } from './view-params';

/** "No characters match “zzz”", "No entries match these filters", or both. */
export function emptyMessage(noun: string, view: ViewState): string {
  const text = view.q.trim();
  const filters = activeFilterCount({ ...view, q: '' }) > 0;
  if (text && filters) return `No ${noun} match “${text}” with these filters.`;
  if (text) return `No ${noun} match “${text}”.`;
  return `No ${noun} match these filters.`;
}

export function EmptyResults({
  /** Plural: "characters". */
  noun,
  view,
  suggestions,
  setView,
}: {
  noun: string;
  view: ViewState;
  suggestions: readonly string[];
  setView: ViewParams['setView'];
}) {
  return (
    <div className="empty-results">
      <p>
        <strong>{emptyMessage(noun, view)}</strong>
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
