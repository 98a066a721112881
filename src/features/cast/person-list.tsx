import { memo } from 'react';
import { Link } from 'react-router-dom';
import { ScreenLinks } from '../../components/screen-link';
import { paths } from '../../config/paths';
import { TIER_LABEL } from '../../data/story';
import type { PersonRow } from './person-view.build';

export function PersonList({ rows }: { rows: readonly PersonRow[] }) {
  return (
    <ul className="card-list">
      {rows.map((row) => (
        <PersonCard key={row.slug} row={row} />
      ))}
    </ul>
  );
}

/**
 * One person. Memoised: a row is the same object until the data changes, so when the page's
 * controls re-render (the app taking over, a keystroke in the filter) the cards do not.
 */
const PersonCard = memo(function PersonCard({ row }: { row: PersonRow }) {
  const parts = row.kind === 'cast' ? row.roles.flatMap((role) => role.character ?? []) : [];
  return (
    <li className="card">
      <h3 className="card__title">
        <Link to={paths.person.href(row.slug)}>{row.name}</Link>
      </h3>
      {row.kind === 'crew' ? (
        <p className="card__line">{row.jobs.join(', ')}</p>
      ) : (
        // A part no source names reads as not known, never as a blank line.
        <p className="card__line">
          {parts.length === 0
            ? 'Part not known'
            : parts.map((character, i) => (
                <span key={character.slug}>
                  {i > 0 && ', '}
                  as <Link to={paths.character.href(character.slug)}>{character.name}</Link>
                </span>
              ))}
        </p>
      )}
      {row.screens.length > 0 && (
        <p className="card__line card__line--muted">
          <ScreenLinks screens={row.screens} />
        </p>
      )}
      {row.tier && <span className="tag">{TIER_LABEL[row.tier]}</span>}
    </li>
  );
});
