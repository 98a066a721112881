/** Loads the data files search needs, through React Query's cache. */
import type { QueryClient } from '@tanstack/react-query';
import { useSuspenseQuery } from '@tanstack/react-query';
import {
  booksQuery,
  charactersQuery,
  eventsQuery,
  peopleQuery,
  predictionsQuery,
  screensQuery,
  sourcesQuery,
} from '../../data/queries';
import type { SearchData } from './documents';

export async function ensureSearchData(queryClient: QueryClient): Promise<SearchData> {
  const [people, characters, books, screens, events, predictions, sources] = await Promise.all([
    queryClient.ensureQueryData(peopleQuery),
    queryClient.ensureQueryData(charactersQuery),
    queryClient.ensureQueryData(booksQuery),
    queryClient.ensureQueryData(screensQuery),
    queryClient.ensureQueryData(eventsQuery),
    queryClient.ensureQueryData(predictionsQuery),
    queryClient.ensureQueryData(sourcesQuery),
  ]);
  return { people, characters, books, screens, events, predictions, sources };
}

export function useSearchData(): SearchData {
  return {
    people: useSuspenseQuery(peopleQuery).data,
    characters: useSuspenseQuery(charactersQuery).data,
    books: useSuspenseQuery(booksQuery).data,
    screens: useSuspenseQuery(screensQuery).data,
    events: useSuspenseQuery(eventsQuery).data,
    predictions: useSuspenseQuery(predictionsQuery).data,
    sources: useSuspenseQuery(sourcesQuery).data,
  };
}
