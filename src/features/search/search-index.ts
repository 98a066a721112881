/** The header's index of the whole wiki: built on first use, kept for the life of the page. */
import type { QueryClient } from '@tanstack/react-query';
import { createSearchIndex, type SearchIndex } from '../../lib/search-engine';
import { buildSearchRecords, type WikiRecord } from './documents';
import { ensureSearchData } from './search-data';

const built = new WeakMap<QueryClient, Promise<SearchIndex<WikiRecord>>>();

export function loadSearchIndex(queryClient: QueryClient): Promise<SearchIndex<WikiRecord>> {
  let index = built.get(queryClient);
  if (!index) {
    index = ensureSearchData(queryClient).then((data) =>
      createSearchIndex(buildSearchRecords(data)),
    );
    built.set(queryClient, index);
  }
  return index;
}
