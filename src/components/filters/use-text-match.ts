/**
 * Narrows a list to the items a search text matches, best first, with the same engine as the
 * site search. The engine loads only once there is text to match, so a list page's first load
 * carries none of it. Returns null while there is no text (or the engine is still loading).
 */
import { useEffect, useMemo, useState } from 'react';
import type { createSearchIndex, SearchRecord } from '../../lib/search-engine';

type Engine = { createSearchIndex: typeof createSearchIndex };

export function useTextMatch<T>(
  items: readonly T[],
  toRecord: (item: T) => SearchRecord,
  query: string,
): { ranked: Map<string, number> | null; pending: boolean } {
  const [engine, setEngine] = useState<Engine | null>(null);
  const text = query.trim();
  useEffect(() => {
    if (!text || engine) return;
    let live = true;
    void import('../../lib/search-engine').then((loaded) => {
      if (live) setEngine(loaded);
    });
    return () => {
      live = false;
    };
  }, [text, engine]);
  // A list is short enough for one letter to narrow it by the beginnings of names.
  const index = useMemo(
    () => (engine ? engine.createSearchIndex(items.map(toRecord), { prefixFrom: 1 }) : null),
    [engine, items, toRecord],
  );
  const ranked = useMemo(() => {
    if (!text || !index) return null;
    return new Map(index.search(text).map((hit, rank) => [hit.record.id, rank]));
  }, [index, text]);
  return { ranked, pending: text !== '' && !index };
}
