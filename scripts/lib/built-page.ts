/**
 * One prerendered page as the build's later steps see it (its preview card, its structured
 * data): its address, its route template, its head metadata and its own data file, as the
 * content compiler wrote it. The search page has no data file of its own.
 */
import type { PageMeta } from '../../src/data/page-data.ts';
import type { FilePageData } from '../../src/features/contribute/contribute-view.build.ts';

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

/**
 * The page's title and description as a preview card and structured data may repeat them. A
 * page about a content file that is spoiler-tagged as a whole (a 2022 prediction whose claim
 * gives the story away, shown on the release page only behind the spoiler shield) is named by
 * that claim, so these say what kind of file it is instead.
 */
export function spoilerFreeMeta(page: BuiltPage): PageMeta {
  if (!aboutSpoilerFile(page)) return page.meta;
  const kind = WHOLE_FILE_SPOILERS[(page.data as FilePageData).view.kind] ?? 'content file';
  return {
    ...page.meta,
    title: `Edit a ${kind}`,
    description: `Fix or add to a ${kind} on the Heartstopper Fan Wiki: its content file, its sources and the steps to change it. What it says gives part of the story away.`,
  };
}

/** The kinds of file that can be spoiler-tagged as a whole and have a page, by name. */
const WHOLE_FILE_SPOILERS: Record<string, string> = { predictions: 'prediction' };

/** Whether the page is about a content file spoiler-tagged as a whole. */
export function aboutSpoilerFile(page: BuiltPage): boolean {
  if (page.template !== 'contribute-file') return false;
  const file = JSON.parse((page.data as FilePageData).view.json) as { reveal?: unknown };
  return file.reveal !== undefined;
}
