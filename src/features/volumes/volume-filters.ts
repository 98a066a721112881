/** The volumes list filters by where a book is adapted: a season or the film. */
import { screenParam, SEASON_GROUP } from '../../components/filters/groups';
import type { ListSpec } from '../../components/filters/use-filtered-list';
import type { Books } from '../../data/types';

export interface BookItem {
  id: string;
  name: string;
  screens: number[];
}

export function bookItems(books: Books): BookItem[] {
  return [
    ...books.volumes.map((v) => ({
      id: `volume-${v.number}`,
      name: `Volume ${v.number}`,
      screens: v.adaptedIn.map((a) => a.screen),
    })),
    ...books.related.map((r) => ({
      id: r.slug,
      name: r.title,
      screens: r.adaptedIn.map((a) => a.screen),
    })),
  ];
}

/** The books data narrowed to the items shown. */
export function pickBooks(books: Books, shown: readonly BookItem[]): Books {
  const ids = new Set(shown.map((b) => b.id));
  return {
    volumes: books.volumes.filter((v) => ids.has(`volume-${v.number}`)),
    related: books.related.filter((r) => ids.has(r.slug)),
  };
}

export const bookListSpec: ListSpec<BookItem> = {
  keys: ['season'],
  groups: [{ ...SEASON_GROUP, legend: 'Adapted in' }],
  facets: [{ key: 'season', values: (b) => b.screens.flatMap((s) => screenParam(s) ?? []) }],
  toRecord: (b) => ({ id: b.id, title: b.name, aliases: [], text: '' }),
  order: { id: (b) => b.id, name: (b) => b.name, first: () => 0 },
};
