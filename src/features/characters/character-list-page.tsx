import { memo } from 'react';
import { Link } from 'react-router-dom';
import { ScreenLink, VolumeLink } from '../../components/screen-link';
import { paths } from '../../config/paths';
import { TIER_LABEL } from '../../data/story';
import type { CharacterRow } from './character-view';

/** Character cards: each shows only what is on record, and says nothing of what is not. */
export function CharacterList({ rows }: { rows: readonly CharacterRow[] }) {
  return (
    <ul className="card-list">
      {rows.map((row) => (
        <CharacterCard key={row.slug} row={row} />
      ))}
    </ul>
  );
}

/**
 * One character. Memoised: a row is the same object until the data changes, so when the page's
 * controls re-render (the app taking over, a keystroke in the filter) the cards do not.
 */
const CharacterCard = memo(function CharacterCard({ row }: { row: CharacterRow }) {
  return (
    <li className="card">
      <h2 className="card__title">
        <Link to={paths.character.href(row.slug)}>{row.name}</Link>
      </h2>
      {row.line && <p className="card__line">{row.line}</p>}
      <dl className="card__facts">
        {row.actors.length > 0 && (
          <>
            <dt>Played by</dt>
            <dd>
              {row.actors.map((a, i) => (
                <span key={a.slug}>
                  {i > 0 && ', '}
                  <Link to={paths.person.href(a.slug)}>{a.name}</Link>
                </span>
              ))}
            </dd>
          </>
        )}
        {row.firstScreen !== undefined && (
          <>
            <dt>First on screen</dt>
            <dd>
              <ScreenLink screen={row.firstScreen} />
            </dd>
          </>
        )}
        {row.firstVolume !== undefined && (
          <>
            <dt>First in the books</dt>
            <dd>
              <VolumeLink volume={row.firstVolume} />
            </dd>
          </>
        )}
      </dl>
      {row.tier && <span className="tag">{TIER_LABEL[row.tier]}</span>}
      {row.bookOnly && <span className="tag">books only</span>}
    </li>
  );
});
