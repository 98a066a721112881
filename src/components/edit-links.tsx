/**
 * "Suggest an edit" and "Report a mistake": plain links, made at build time, to the repository
 * host's editor and issue form for the content file, or to the wiki's own page about that file.
 */
import { Link } from 'react-router-dom';
import type { EditTarget } from '../data/page-data';

function To({ href, children }: { href: string; children: string }) {
  return href.startsWith('/') ? <Link to={href}>{children}</Link> : <a href={href}>{children}</a>;
}

export function EditLinks({ edit, what }: { edit: EditTarget; what?: string }) {
  return (
    <ul className="edit-links">
      <li>
        <To href={edit.editHref}>{what ? `Suggest an edit to ${what}` : 'Suggest an edit'}</To>
      </li>
      <li>
        <To href={edit.reportHref}>{what ? `Report a mistake in ${what}` : 'Report a mistake'}</To>
      </li>
    </ul>
  );
}
