/**
 * React Query options for every data file: route loaders call `queryClient.ensureQueryData`
 * with these, and components read the same options with `useSuspenseQuery`.
 * The data is bundled with the build and never changes while the page is open.
 */
import { queryOptions } from '@tanstack/react-query';
import {
  loadAbout,
  loadBooks,
  loadCharacters,
  loadEvents,
  loadPeople,
  loadPredictions,
  loadRelationships,
  loadScreens,
  loadSources,
} from './load';

const forever = { staleTime: Infinity, gcTime: Infinity } as const;

export const sourcesQuery = queryOptions({
  queryKey: ['sources'],
  queryFn: loadSources,
  ...forever,
});
export const peopleQuery = queryOptions({ queryKey: ['people'], queryFn: loadPeople, ...forever });
export const charactersQuery = queryOptions({
  queryKey: ['characters'],
  queryFn: loadCharacters,
  ...forever,
});
export const relationshipsQuery = queryOptions({
  queryKey: ['relationships'],
  queryFn: loadRelationships,
  ...forever,
});
export const booksQuery = queryOptions({ queryKey: ['books'], queryFn: loadBooks, ...forever });
export const screensQuery = queryOptions({
  queryKey: ['screens'],
  queryFn: loadScreens,
  ...forever,
});
export const eventsQuery = queryOptions({ queryKey: ['events'], queryFn: loadEvents, ...forever });
export const predictionsQuery = queryOptions({
  queryKey: ['predictions'],
  queryFn: loadPredictions,
  ...forever,
});
export const aboutQuery = queryOptions({ queryKey: ['about'], queryFn: loadAbout, ...forever });
