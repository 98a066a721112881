/** Loads the data files search needs, through React Query's cache. */
import type { QueryClient } from '@tanstack/react-query';
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
