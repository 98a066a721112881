import { useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { EmptyResults, ListFilters } from '../../components/filters/list-filters';
import { useFilteredList } from '../../components/filters/use-filtered-list';
import { booksQuery } from '../../data/queries';
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
  const list = useFilteredList(items, bookListSpec);
  // Books keep their own order (by volume, then the related books); only the filter narrows them.
  const shown = useMemo(() => pickBooks(books, list.items), [books, list.items]);
  return (
    <article className="page">
      <h1>Volumes</h1>
      <p className="lede">
        Alice Oseman's graphic novels run to six volumes. Seasons 1 to 3 adapt Volumes 1 to 5, and
        the film, Heartstopper Forever, adapts Volume 6.
      </p>
      <ListFilters
        {...list}
        groups={bookListSpec.groups}
        shown={list.items.length}
        total={items.length}
        noun={['book', 'books']}
      />
      {list.items.length > 0 ? (
        <VolumeTable books={shown} />
      ) : (
        <EmptyResults noun="books" suggestions={[]} setView={list.setView} />
      )}
    </article>
  );
}
