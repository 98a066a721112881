/**
 * What each page's data file holds. The content compiler (scripts/compile) writes one file per
 * page at build time, holding what that page shows and no more; a page's loader fetches it
 * (load-data.ts) and the prerendered page carries it as its state.
 */
import type { Award, Source } from './types';

/** What a page tells the document head: title, description, and the kind of page for previews. */
export interface PageMeta {
  /** The page's own title, without the site name. */
  title: string;
  description: string;
  type?: 'website' | 'article' | 'profile';
}

/** Another entity a page links to: enough to name it and link to it. */
export interface Ref {
  slug: string;
  name: string;
}

/** An award as a person's or an episode's page lists it, linking to the awards page. */
export type AwardRef = Pick<Award, 'id' | 'ceremony' | 'year' | 'category' | 'result' | 'sources'>;

export const awardRef = ({ id, ceremony, year, category, result, sources }: Award): AwardRef => ({
  id,
  ceremony,
  year,
  category,
  result,
  sources,
});

/** The content file a page is built from, for "Suggest an edit" and "Report a mistake". */
export interface EditTarget {
  /** Path inside the repository: "src/content/characters/charlie-spring.json". */
  file: string;
  /** The entity's kind (its content folder) and id: "characters", "charlie-spring". */
  kind: string;
  id: string;
  /** The repository host's editor on that file, or the wiki's own page about it. */
  editHref: string;
  /** A new issue naming the page and the entity, or the wiki's own page about it. */
  reportHref: string;
}

export interface PageData<V> {
  meta: PageMeta;
  view: V;
  /** Every source the page cites, and no other. */
  sources: Source[];
  /** The day the page's facts were last checked against their sources. */
  checked: string;
  edit?: EditTarget;
}

/** A list page's rows: the first page of them, or all of them. */
export interface ListData<R> {
  meta: PageMeta;
  /** Rows in the whole list. */
  total: number;
  rows: R[];
  /** Counts the page's introduction gives ("60 actors and 16 people behind the camera"). */
  counts?: Record<string, number>;
  checked: string;
}
