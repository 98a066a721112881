import { LIST_SORTS } from '../../components/filters/groups';
import { Filterable } from '../../components/filters/filterable';
import { PageHead } from '../../components/page-head';
import { PersonList } from './person-list';
import { personListSpec, personName } from './person-filters';
import type { PersonRow } from './person-view.build';

/**
 * The cast and crew list: the rows the page carries, and `onWantAll` to fetch the rest when the
 * reader searches, filters, sorts or pages (the route loads both: useListRows).
 */
export function CastPage({
  rows,
  total,
  counts,
  onWantAll,
}: {
  rows: readonly PersonRow[];
  total: number;
  counts: Readonly<Record<string, number>> | undefined;
  onWantAll: () => void;
}) {
  return (
    <article className="page">
      <PageHead title="Cast and crew" shareLabel="Share this list" />
      <p className="lede">
        {counts?.cast ?? 0} actors and {counts?.crew ?? 0} people behind the camera.
      </p>
      <Filterable
        items={rows}
        total={total}
        onWantAll={onWantAll}
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
