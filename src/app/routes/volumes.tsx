import { useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { Filterable } from '../../components/filters/filterable';
import { booksQuery } from '../../data/queries';
import { AdaptationMap } from '../../features/volumes/adaptation-map-deferred';
import { bookItems, bookListSpec, pickBooks } from '../../features/volumes/volume-filters';
import { VolumeTable } from '../../features/volumes/volume-list';
import type { MetaLoaderData } from '../page-meta';

export function loader(queryClient: QueryClient) {
  return async (): Promise<MetaLoaderData> => {
    await queryClient.ensureQueryData(booksQuery);
    return {
      meta: {
        title: 'Volumes',
        description:
          'The six Heartstopper graphic novels: when each came out and which season, or the film, adapts it.',
      },
    };
  };
}

export function Component() {
  const { data: books } = useSuspenseQuery(booksQuery);
  const items = useMemo(() => bookItems(books), [books]);
  return (
    <article className="page">
      <h1>Volumes</h1>
      <p className="lede">
        Alice Oseman's graphic novels run to six volumes. Seasons 1 to 3 adapt Volumes 1 to 5, and
        the film, Heartstopper Forever, adapts Volume 6.
      </p>
      <AdaptationMap books={books} table={false} />
      <Filterable
        items={items}
        spec={bookListSpec}
        text={{ noun: ['book', 'books'] }}
        render={(shown, panel) => (
          <>
            {panel}
            {/* Books keep their own order (by volume, then related books); filters only narrow. */}
            {shown.length > 0 && <VolumeTable books={pickBooks(books, shown)} />}
          </>
        )}
      />
    </article>
  );
}
