import { LIST_SORTS } from '../../components/filters/groups';
import { Filterable } from '../../components/filters/filterable';
import { useListRows } from '../../components/filters/use-list-rows';
import { PageFacts } from '../../components/page-facts';
import { PageHead } from '../../components/page-head';
import { CharacterList } from '../../features/characters/character-list-page';
import { characterListSpec, characterName } from '../../features/characters/character-filters';
import { always, pageLoader, usePageData } from '../page-loader';
import { pageKeys } from '../page-keys';

const key = always(pageKeys.charactersStart);
export const loader = pageLoader(key);

export function Component() {
  const start = usePageData(key);
  const { rows, total, wantAll } = useListRows(start, pageKeys.charactersAll);
  return (
    <>
      <article className="page">
        <PageHead title="Characters" shareLabel="Share this list" />
        <p className="lede">
          {total} characters from the graphic novels, the Netflix series and the film, with who
          plays them and where they first appear.
        </p>
        <Filterable
          items={rows}
          total={total}
          onWantAll={wantAll}
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
      <PageFacts checked={start.checked} />
    </>
  );
}
