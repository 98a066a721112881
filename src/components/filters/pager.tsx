/** A long list's pager (filterable.tsx): "← Previous · Page 2 of 3 · Next →". */
import { Link } from 'react-router-dom';

/**
 * Plain links to `?page=n`, so they work before the app starts and can be shared. Each link's
 * name says where it goes ("Next page, 2 of 3"); the page the reader is on is said in words.
 */
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
    <nav className="pager pager--list" aria-label={`Pages of ${noun}`}>
      {page > 1 ? (
        <Link to={href(page - 1)} rel="prev" aria-label={`Previous page, ${page - 1} of ${pages}`}>
          ← Previous
        </Link>
      ) : (
        <span />
      )}
      <p className="pager__where" aria-current="page">
        Page {page} of {pages}
      </p>
      {page < pages ? (
        <Link to={href(page + 1)} rel="next" aria-label={`Next page, ${page + 1} of ${pages}`}>
          Next →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
