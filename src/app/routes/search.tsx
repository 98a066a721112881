import type { QueryClient } from '@tanstack/react-query';
import { SearchPage } from '../../features/search/search-page';
import { ensureSearchData, useSearchData } from '../../features/search/search-data';
import type { MetaLoaderData } from '../page-meta';

export function loader(queryClient: QueryClient) {
  return async (): Promise<MetaLoaderData> => {
    await ensureSearchData(queryClient);
    return {
      meta: {
        title: 'Search',
        description:
          'Search the Heartstopper Fan Wiki: people, characters, books, seasons, the film and the release record, forgiving typos.',
      },
    };
  };
}

export function Component() {
  return <SearchPage data={useSearchData()} />;
}
