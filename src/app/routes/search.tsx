import { SearchPage } from '../../features/search/search-page';
import type { MetaLoaderData } from '../page-meta';

/** The page's data loads with the search engine, once there is a query (search-session.ts). */
export function loader() {
  return async (): Promise<MetaLoaderData> => {
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
  return <SearchPage />;
}
