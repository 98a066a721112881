import { QueryClient } from '@tanstack/react-query';
import { DataNotFound } from '../data/load-data';

/** A missing file means "no such page": asking again cannot change that. Other failures get one more try. */
const retryOnce = (failures: number, error: unknown) =>
  !(error instanceof DataNotFound) && failures < 1;

/**
 * One client per browser tab (made once in main.tsx) and one per prerendered page (so each
 * page's HTML carries only the data it used).
 */
export function createQueryClient({ server = false } = {}): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: Infinity,
        retry: server ? false : retryOnce,
        refetchOnWindowFocus: false,
        // The data is the site's own files, which the service worker serves offline:
        // always try, rather than pausing while the browser reports no network.
        networkMode: 'offlineFirst',
      },
    },
  });
}
