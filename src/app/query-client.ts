import { QueryClient } from '@tanstack/react-query';

/**
 * One client per browser tab (made once in main.tsx) and one per prerendered page (so each
 * page's HTML carries only the data it used).
 */
export function createQueryClient({ server = false } = {}): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: Infinity,
        retry: server ? false : 1,
        refetchOnWindowFocus: false,
        // The data is the site's own code chunks, which the service worker serves offline:
        // always try, rather than pausing while the browser reports no network.
        networkMode: 'offlineFirst',
      },
    },
  });
}
