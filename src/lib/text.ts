/** Text helpers shared by search, filters and slugs. Pure; no imports from the app. */

/** Lowercase, strip accents and punctuation, collapse spaces: "Stéphane  O'Neil" → "stephane o neil". */
export function normalise(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** "Cormac Hyde-Corrin" → "cormac-hyde-corrin". */
export function slugify(value: string): string {
  return normalise(value).replace(/ /g, '-');
}

/** "1 source", "2 sources". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** "a, b and c". */
export function listJoin(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** Keeps descriptions to the length previews show: whole words, at most `max` characters. */
export function clip(text: string, max = 155): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  return `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}
