/**
 * React Query options for page data: route loaders call `queryClient.ensureQueryData` with
 * these, and components read the same options with `useSuspenseQuery`. Keys are per page and
 * per entity (`['character', 'charlie-spring']`), so a page's cache, and the state a
 * prerendered page carries, holds what that page shows and nothing else.
 * The data is built with the site and never changes while the page is open.
 */
import { queryOptions } from '@tanstack/react-query';
import type { DataKey } from './data-keys';
import { loadData } from './load-data';

const forever = { staleTime: Infinity, gcTime: Infinity } as const;

/** The data of one page: `key` is its file below data/ (data-keys.ts), and its type what it holds. */
export function pageQuery<T>(key: DataKey<T>) {
  return queryOptions({
    queryKey: key.split('/'),
    queryFn: () => loadData<T>(key),
    ...forever,
  });
}
