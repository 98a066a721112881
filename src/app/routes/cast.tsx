import { LIST_SORTS } from '../../components/filters/groups';
import { Filterable } from '../../components/filters/filterable';
import { useListRows } from '../../components/filters/use-list-rows';
import { PageFacts } from '../../components/page-facts';
import { PageHead } from '../../components/page-head';
import { PersonList } from '../../features/cast/person-list';
import { personListSpec, personName } from '../../features/cast/person-filters';
import type { PersonRow } from '../../features/cast/person-view';
import { always, pageLoader, usePageData } from '../page-loader';
import { pageKeys } from '../page-keys';

const key = always(pageKeys.castStart);
export const loader = pageLoader(key);

export function Component() {
  const start = usePageData(key);
  const { rows, total, wantAll } = useListRows(start, pageKeys.castAll);
  return (
    <>
      <article className="page">
        <PageHead title="Cast and crew" shareLabel="Share this list" />
        <p className="lede">
          {start.counts?.cast ?? 0} actors and {start.counts?.crew ?? 0} people behind the camera.
        </p>
        <Filterable
          items={rows}
          total={total}
          onWantAll={wantAll}
          spec={personListSpec}
          text={{
            searchLabel: 'Search cast and crew',
            sorts: LIST_SORTS,
            noun: ['person', 'people'],
          }}
          names={personName}
          render={(shown, controls) => (
            <>
              {controls}
              <PeopleSections rows={shown} />
            </>
          )}
        />
      </article>
      <PageFacts checked={start.checked} />
    </>
  );
}

function PeopleSections({ rows }: { rows: readonly PersonRow[] }) {
  const cast = rows.filter((r) => r.kind === 'cast');
  const crew = rows.filter((r) => r.kind === 'crew');
  return (
    <>
      {cast.length > 0 && (
        <section aria-labelledby="cast-heading">
          <h2 id="cast-heading">Cast</h2>
          <PersonList rows={cast} />
        </section>
      )}
      {crew.length > 0 && (
        <section aria-labelledby="crew-heading">
          <h2 id="crew-heading">Creative team</h2>
          <PersonList rows={crew} />
        </section>
      )}
    </>
  );
}
