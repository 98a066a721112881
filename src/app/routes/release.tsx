import { useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { BUILD_DATE } from '../../config/site';
import {
  booksQuery,
  charactersQuery,
  eventsQuery,
  peopleQuery,
  predictionsQuery,
  screensQuery,
  sourcesQuery,
} from '../../data/queries';
import { Filterable } from '../../components/filters/filterable';
import { pickRelease, releaseItems, releaseListSpec } from '../../features/release/release-filters';
import { ReleasePage } from '../../features/release/release-page';
import { buildReleaseView } from '../../features/release/release-view';
import { useToday } from '../../lib/use-today';
import type { MetaLoaderData } from '../page-meta';

export function loader(queryClient: QueryClient) {
  return async (): Promise<MetaLoaderData> => {
    await Promise.all([
      queryClient.ensureQueryData(eventsQuery),
      queryClient.ensureQueryData(predictionsQuery),
      queryClient.ensureQueryData(booksQuery),
      queryClient.ensureQueryData(screensQuery),
      queryClient.ensureQueryData(peopleQuery),
      queryClient.ensureQueryData(charactersQuery),
      queryClient.ensureQueryData(sourcesQuery),
    ]);
    return {
      meta: {
        title: 'Release: the guesses and what happened',
        description:
          'Every 2022 prediction about Heartstopper season 2, scored against what really happened, and the full release timeline to the film.',
        type: 'article',
      },
    };
  };
}

export function Component() {
  const today = useToday(BUILD_DATE);
  const events = useSuspenseQuery(eventsQuery).data;
  const predictions = useSuspenseQuery(predictionsQuery).data;
  const books = useSuspenseQuery(booksQuery).data;
  const screens = useSuspenseQuery(screensQuery).data;
  const people = useSuspenseQuery(peopleQuery).data;
  const characters = useSuspenseQuery(charactersQuery).data;
  const sources = useSuspenseQuery(sourcesQuery).data;
  const view = useMemo(
    () =>
      buildReleaseView({ events, predictions, books, screens, people, characters, sources }, today),
    [events, predictions, books, screens, people, characters, sources, today],
  );
  const items = useMemo(() => releaseItems(view), [view]);
  return (
    <Filterable
      items={items}
      spec={releaseListSpec}
      text={{ searchLabel: 'Search events and predictions', noun: ['entry', 'entries'] }}
      // The page keeps its date order; the filters only narrow it.
      render={(shown, panel) => (
        <ReleasePage
          view={pickRelease(view, shown)}
          whole={view}
          sources={sources}
          filters={panel}
        />
      )}
    />
  );
}
