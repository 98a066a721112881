import { Link } from 'react-router-dom';
import { ScreenLinks } from '../../components/screen-link';
import { paths } from '../../config/paths';
import { TIER_LABEL } from '../../data/story';
import type { PersonRow } from './person-view';

export function PersonList({ rows }: { rows: readonly PersonRow[] }) {
  return (
    <ul className="card-list">
      {rows.map((row) => (
        <li key={row.slug} className="card">
          <h3 className="card__title">
            <Link to={paths.person.href(row.slug)}>{row.name}</Link>
          </h3>
          <p className="card__line">
            {row.kind === 'cast'
              ? row.roles.map((role, i) => (
                  <span key={role.character?.slug ?? i}>
                    {i > 0 && ', '}
                    {role.character ? (
                      <>
                        as{' '}
                        <Link to={paths.character.href(role.character.slug)}>
                          {role.character.name}
                        </Link>
                      </>
                    ) : null}
                  </span>
                ))
              : row.jobs.join(', ')}
          </p>
          {row.screens.length > 0 && (
            <p className="card__line card__line--muted">
              <ScreenLinks screens={row.screens} />
            </p>
          )}
          {row.tier && <span className="tag">{TIER_LABEL[row.tier]}</span>}
        </li>
      ))}
    </ul>
  );
}
