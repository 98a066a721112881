import { useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { booksQuery } from '../../data/queries';
import { AdaptationMap } from '../../features/volumes/adaptation-map-deferred';
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
  return (
    <article className="page">
      <h1>Volumes</h1>
      <p className="lede">
        Alice Oseman's graphic novels run to six volumes. Seasons 1 to 3 adapt Volumes 1 to 5, and
        the film, Heartstopper Forever, adapts Volume 6.
      </p>
      <AdaptationMap books={books} table={false} />
      <VolumeTable books={books} />
    </article>
  );
}
