/** The wiki's search records and index: built on first use, kept for the life of the page. */
import type { QueryClient } from '@tanstack/react-query';
import { createSearchIndex, type SearchIndex } from '../../lib/search-engine';
import { buildSearchRecords, type WikiRecord } from './documents';
import { ensureSearchData } from './search-data';

export interface BuiltSearch {
  records: readonly WikiRecord[];
  index: SearchIndex<WikiRecord>;
}

const built = new WeakMap<QueryClient, Promise<BuiltSearch>>();

/** Shared by the header's suggestions and the results page, so the index is built once. */
export function loadSearch(queryClient: QueryClient): Promise<BuiltSearch> {
  let search = built.get(queryClient);
  if (!search) {
    search = ensureSearchData(queryClient).then((data) => {
      const records = buildSearchRecords(data);
      return { records, index: createSearchIndex(records) };
    });
    built.set(queryClient, search);
  }
  return search;
}

export async function loadSearchIndex(queryClient: QueryClient): Promise<SearchIndex<WikiRecord>> {
  return (await loadSearch(queryClient)).index;
}
