import type { WikiEvent } from '../../data/types';
import { formatDate } from '../../lib/dates';

/** "22 April 2022", or for a release still to be dated, "2026, date not announced". */
export function ReleaseDate({
  release,
}: {
  release: Pick<WikiEvent, 'date' | 'expected'> | undefined;
}) {
  if (!release) return <>not announced</>;
  if (release.expected) return <>{formatDate(release.date)}, date not announced</>;
  return <time dateTime={release.date}>{formatDate(release.date)}</time>;
}
