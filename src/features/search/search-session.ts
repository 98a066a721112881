/**
 * Everything the results page needs once there is a query, in one on-demand chunk: the data,
 * the index (shared with the header's suggestions) and the "did you mean" names. The empty
 * page, the one prerendered, downloads none of it.
 */
import type { QueryClient } from '@tanstack/react-query';
import { closestNames } from '../../lib/fuzzy';
import type { SearchIndex } from '../../lib/search-engine';
import type { WikiRecord } from './documents';
import { loadSearch } from './search-index';

export interface SearchSession {
  index: SearchIndex<WikiRecord>;
  /** The names nearest to a query that found nothing. */
  closest(query: string): string[];
}

export async function loadSearchSession(queryClient: QueryClient): Promise<SearchSession> {
  const { index, records } = await loadSearch(queryClient);
  const names = records.map((r) => ({ name: r.title, aliases: r.aliases }));
  return { index, closest: (query) => closestNames(query, names) };
}
