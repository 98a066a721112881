import { SearchPage } from '../../features/search/search-page';
import type { MetaLoaderData } from '../page-meta';

/** The page itself has no data: the search loads its index once there is a query. */
export function loader() {
  return async (): Promise<MetaLoaderData> => ({
    meta: {
      title: 'Search',
      description:
        'Search the Heartstopper Fan Wiki: people, characters, episodes, books, places, awards and the release record, forgiving typos.',
    },
  });
}

export function Component() {
  return <SearchPage />;
}
