/** A long list's page links (filterable.tsx). */
import { Link } from 'react-router-dom';

/** Page links: plain links to `?page=n`, so they work before the app starts and can be shared. */
export default function Pager({
  page,
  pages,
  href,
  noun,
}: {
  page: number;
  pages: number;
  href: (n: number) => string;
  noun: string;
}) {
  if (pages <= 1) return null;
  return (
    <nav className="pager" aria-label={`Pages of ${noun}`}>
      {page > 1 && (
        <Link to={href(page - 1)} rel="prev">
          ← Previous
        </Link>
      )}
      <ol className="pager__pages">
        {Array.from({ length: pages }, (_, i) => i + 1).map((n) => (
          <li key={n}>
            {n === page ? (
              <span aria-current="page">{n}</span>
            ) : (
              <Link to={href(n)} aria-label={`Page ${n}`}>
                {n}
              </Link>
            )}
          </li>
        ))}
      </ol>
      {page < pages && (
        <Link to={href(page + 1)} rel="next">
          Next →
        </Link>
      )}
    </nav>
  );
}
