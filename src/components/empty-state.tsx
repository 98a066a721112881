/**
 * What a list, chart or panel shows when it has nothing to show: a short sentence saying so, and
 * where there is one, the way out (a link that clears the filters). Never a blank or a crash.
 */
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';

export function EmptyState({
  children,
  clearHref,
  clearLabel = 'Clear filters',
}: {
  /** "No events match these filters." */
  children: ReactNode;
  /** The same page without its filters: a plain link, so it works before the app runs. */
  clearHref?: string;
  clearLabel?: string;
}) {
  return (
    <div className="empty-state">
      <p>{children}</p>
      {clearHref !== undefined && (
        <p>
          <Link to={clearHref} className="button button--quiet">
            {clearLabel}
          </Link>
        </p>
      )}
    </div>
  );
}
