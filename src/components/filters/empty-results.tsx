/** What an empty result says: nothing matched, the closest names, and a way out. */
import type { ViewParams } from './use-view-params';
import { EMPTY_VIEW } from './view-params';

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
