import { Link } from 'react-router-dom';
import { ScreenLink, VolumeLink } from '../../components/screen-link';
import { paths } from '../../config/paths';
import type { CharacterRow } from './character-view';
import { TIER_LABEL } from '../../data/constants';

export function CharacterList({ rows }: { rows: readonly CharacterRow[] }) {
  return (
    <ul className="card-list">
      {rows.map((row) => (
        <li key={row.slug} className="card">
          <h2 className="card__title">
            <Link to={paths.character.href(row.slug)}>{row.name}</Link>
          </h2>
          <dl className="card__facts">
            <dt>Played by</dt>
            <dd>
              {row.actors.length === 0
                ? 'not on record'
                : row.actors.map((a, i) => (
                    <span key={a.slug}>
                      {i > 0 && ', '}
                      <Link to={paths.person.href(a.slug)}>{a.name}</Link>
                    </span>
                  ))}
            </dd>
            <dt>First on screen</dt>
            <dd>{row.firstScreen ? <ScreenLink screen={row.firstScreen} /> : 'not on record'}</dd>
            <dt>First in the books</dt>
            <dd>{row.firstVolume ? <VolumeLink volume={row.firstVolume} /> : 'not on record'}</dd>
          </dl>
          {row.tier && <span className="tag">{TIER_LABEL[row.tier]}</span>}
        </li>
      ))}
    </ul>
  );
}
