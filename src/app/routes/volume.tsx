import { useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useParams, type LoaderFunctionArgs } from 'react-router-dom';
import { screenTitle } from '../../data/constants';
import { booksQuery, charactersQuery, sourcesQuery } from '../../data/queries';
import { VolumePage } from '../../features/volumes/volume-page';
import { buildVolumeView, firstPublished } from '../../features/volumes/volume-view';
import { formatDate } from '../../lib/dates';
import { listJoin } from '../../lib/text';
import { notFound } from '../not-found';
import type { MetaLoaderData } from '../page-meta';

/** Only canonical numbers: "3", not "03" or "3.0". */
function volumeNumber(param: string | undefined): number {
  return param && /^[1-9]\d*$/.test(param) ? Number(param) : NaN;
}

export function loader(queryClient: QueryClient) {
  return async ({ params }: LoaderFunctionArgs): Promise<MetaLoaderData> => {
    const [books, characters] = await Promise.all([
      queryClient.ensureQueryData(booksQuery),
      queryClient.ensureQueryData(charactersQuery),
      queryClient.ensureQueryData(sourcesQuery),
    ]);
    const view = buildVolumeView(volumeNumber(params.number), books, characters);
    if (!view) notFound();
    const adapted = view.volume.adaptedIn.map((a) => screenTitle(a.screen));
    return {
      meta: {
        title: `Volume ${view.volume.number}`,
        description: `Heartstopper Volume ${view.volume.number}, first published ${formatDate(firstPublished(view.volume).date)}${adapted.length ? `, adapted in ${listJoin(adapted)}` : ''}. Publication, adaptation and plot points, with sources.`,
        type: 'article',
      },
    };
  };
}

export function Component() {
  const { number } = useParams();
  const { data: books } = useSuspenseQuery(booksQuery);
  const { data: characters } = useSuspenseQuery(charactersQuery);
  const { data: sources } = useSuspenseQuery(sourcesQuery);
  const view = useMemo(
    () => buildVolumeView(volumeNumber(number), books, characters),
    [number, books, characters],
  );
  if (!view) throw new Error(`The loader let through an unknown volume, "${number}".`);
  return <VolumePage view={view} sources={sources} books={books} />;
}
