/**
 * The error boundary under the layout: every page's errors land here, with the header and
 * footer still in place. A 404 shows the not-found page; anything else (a data file that
 * failed to download, say) explains itself and offers to try again (load-failed.tsx).
 */
import { isRouteErrorResponse, Link, useRevalidator, useRouteError } from 'react-router-dom';
import { lazy, Suspense } from 'react';
import { Loading } from '../components/status';
import { isChunkLoadError, reloadPage } from '../lib/reload';
import { paths } from '../config/paths';
import { NOT_FOUND_META } from './page-meta';
import { useDocumentMeta } from './root-layout';

export function NotFound() {
  useDocumentMeta(NOT_FOUND_META);
  return (
    <article className="page not-found">
      <h1>Page not found</h1>
      <p>There is no page at this address. It may have moved, or the link may have a typo.</p>
      <ul className="link-list">
        <li>
          <Link to={paths.home.href()}>Go to the front page</Link>
        </li>
        <li>
          <Link to={paths.characters.href()}>Browse the characters</Link>
        </li>
        <li>
          <Link to={paths.cast.href()}>Browse the cast</Link>
        </li>
      </ul>
    </article>
  );
}

/** Loaded only when a page fails: its code is never part of a first visit. */
const LoadFailed = lazy(() => import('./load-failed'));

export function RouteError() {
  const error = useRouteError();
  const revalidator = useRevalidator();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFound />;
  // A failed data request can be asked again; a failed chunk download needs a fresh page.
  const retry = isChunkLoadError(error) ? reloadPage : () => void revalidator.revalidate();
  return (
    <Suspense fallback={<Loading what="page" />}>
      <LoadFailed onRetry={retry} />
    </Suspense>
  );
}
