/**
 * The foot of every page: the day its facts were last checked against their sources, and, on a
 * page built from one content file, the ways to suggest an edit or report a mistake.
 */
import type { EditTarget } from '../data/page-data';
import { formatDate } from '../lib/dates';
import { EditLinks } from './edit-links';

export function PageFacts({ checked, edit }: { checked: string; edit?: EditTarget | undefined }) {
  return (
    <aside className="page-facts" aria-label="About this page">
      <p>
        Facts last checked against their sources on{' '}
        <time dateTime={checked}>{formatDate(checked)}</time>.
      </p>
      {edit && <EditLinks edit={edit} />}
    </aside>
  );
}
