/**
 * The one walk over a content value: every value inside it, depth first in key order, with its
 * JSON path. The checks (field sizes, references, spellings) and the page builders (the sources a
 * page cites) all go through it. Pure, and light enough for any module.
 */

/** What a visit says: `false` to skip what is inside this value; anything else to go on. */
export type Visit = (value: unknown, path: readonly PropertyKey[]) => boolean | void;

export function walkJson(value: unknown, visit: Visit, path: PropertyKey[] = []): void {
  if (visit(value, path) === false) return;
  if (Array.isArray(value)) value.forEach((child, i) => walkJson(child, visit, [...path, i]));
  else if (value && typeof value === 'object')
    for (const [key, child] of Object.entries(value)) walkJson(child, visit, [...path, key]);
}
