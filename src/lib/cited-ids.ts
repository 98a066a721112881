/**
 * Which sources a value cites. Pure: the page builders order a page's sources with it at build
 * time, and a page that narrows what it shows (the release page's filters) numbers only those.
 */

/** Every source id a value cites (in `sources` or `noteSources` anywhere inside), in order. */
export function citedIds(value: unknown, into: string[] = []): string[] {
  if (Array.isArray(value)) {
    for (const item of value) citedIds(item, into);
  } else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if ((key === 'sources' || key === 'noteSources') && Array.isArray(child)) {
        for (const id of child) if (typeof id === 'string' && !into.includes(id)) into.push(id);
      } else if (key === 'source' && typeof child === 'string') {
        if (!into.includes(child)) into.push(child);
      } else citedIds(child, into);
    }
  }
  return into;
}
