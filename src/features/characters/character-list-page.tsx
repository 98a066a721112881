import { memo } from 'react';
import { Link } from 'react-router-dom';
import { LIST_SORTS } from '../../components/filters/groups';
import { Filterable } from '../../components/filters/filterable';
import { PageHead } from '../../components/page-head';
import { ScreenLink, VolumeLink } from '../../components/screen-link';
import { paths } from '../../config/paths';
import { TIER_LABEL } from '../../data/story';
import { characterListSpec, characterName } from './character-filters';
import type { CharacterRow } from './character-view.build';

/**
 * The characters list: the rows the page carries, and `onWantAll` to fetch the rest when the
 * reader searches, filters, sorts or pages (the route loads both: useListRows).
 */
export function CharactersPage({
  rows,
  total,
  onWantAll,
}: {
  rows: readonly CharacterRow[];
  total: number;
  onWantAll: () => void;
}) {
  return (
    <article className="page">
      <PageHead title="Characters" shareLabel="Share this list" />
      <p className="lede">
        {total} characters from the graphic novels, the Netflix series and the film, with who plays
        them and where they first appear.
      </p>
      <Filterable
        items={rows}
        total={total}
        onWantAll={onWantAll}
        spec={characterListSpec}
        text={{
          searchLabel: 'Search characters',
          sorts: LIST_SORTS,
          noun: ['character', 'characters'],
        }}
        names={characterName}
        render={(shown, controls) => (
          <>
            {controls}
            {shown.length > 0 && <CharacterList rows={shown} />}
          </>
        )}
      />
    </article>
  );
}

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
