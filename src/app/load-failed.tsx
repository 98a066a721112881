/**
 * What a page shows when part of it did not download: a clear message and Try again. Loaded only
 * when that happens (route-error.tsx), so no page carries it on its first visit.
 */
import { ErrorState } from '../components/status';
import { useDocumentMeta } from './root-layout';

const FAILED_META = {
  title: 'Something went wrong',
  description: 'This page could not be loaded.',
};

export default function LoadFailed({ onRetry }: { onRetry: () => void }) {
  useDocumentMeta(FAILED_META);
  return (
    <article className="page">
      <h1>This page could not be loaded</h1>
      <ErrorState
        title="Something went wrong"
        message="Part of the wiki did not download. Check your connection, then try again."
        onRetry={onRetry}
      />
      <p>
        If trying again does not help,{' '}
        <a href={typeof window === 'undefined' ? '' : window.location.href}>reload the page</a>.
      </p>
    </article>
  );
}
