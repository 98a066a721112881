/**
 * One prerendered page as the build's later steps see it (its preview card, its structured
 * data): its address, its route template, its head metadata and its own data file, as the
 * content compiler wrote it. The search page has no data file of its own.
 */
import type { PageMeta } from '../../src/data/page-data.ts';

export interface BuiltPage {
  /** Below the base path, with a trailing slash: "/characters/charlie-spring/". */
  path: string;
  /** The route template: "character", "episode", "cast"… (scripts/compile/compile.ts). */
  template: string;
  meta: PageMeta;
  /** The page's own data file (`PageData` or `ListData`), when it has one. */
  data?: unknown;
}

/** The page's own data among the files it was rendered from: the one that carries its `meta`. */
export function ownData(files: readonly unknown[]): unknown {
  return files.find((f) => typeof f === 'object' && f !== null && 'meta' in f);
}
