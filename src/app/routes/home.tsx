import { useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { BUILD_DATE, SITE_NAME } from '../../config/site';
import { aboutQuery, eventsQuery, sourcesQuery } from '../../data/queries';
import { HomePage } from '../../features/home/home-page';
import { buildStatus } from '../../features/home/status-view';
import { useToday } from '../../lib/use-today';
import type { MetaLoaderData } from '../page-meta';

export function loader(queryClient: QueryClient) {
  return async (): Promise<MetaLoaderData> => {
    await Promise.all([
      queryClient.ensureQueryData(eventsQuery),
      queryClient.ensureQueryData(aboutQuery),
      queryClient.ensureQueryData(sourcesQuery),
    ]);
    return {
      meta: {
        title: SITE_NAME,
        description:
          'An unofficial, cited Heartstopper wiki: cast, characters, how the books became the show and the film, and 2022 release guesses scored against what happened.',
        type: 'website',
      },
    };
  };
}

export function Component() {
  const today = useToday(BUILD_DATE);
  const { data: events } = useSuspenseQuery(eventsQuery);
  const { data: about } = useSuspenseQuery(aboutQuery);
  const { data: sources } = useSuspenseQuery(sourcesQuery);
  const status = useMemo(() => buildStatus(events, today), [events, today]);
  return <HomePage status={status} about={about} sources={sources} />;
}
