/** The volumes list filters by where a book is adapted: a season or the film. */
import { SEASON_GROUP } from '../../components/filters/groups';
import type { ListSpec } from '../../components/filters/filterable';
import { screenParam, volumeTitle } from '../../data/story';
import type { VolumesView } from './volume-view.build';

export interface BookItem {
  id: string;
  name: string;
  screens: number[];
}

export function bookItems(view: VolumesView): BookItem[] {
  return [
    ...view.volumes.map((v) => ({
      id: `volume-${v.number}`,
      name: volumeTitle(v.number),
      screens: v.screens,
    })),
    ...view.books.map((b) => ({ id: b.slug, name: b.title, screens: b.screens })),
  ];
}

/** The view narrowed to the items shown. */
export function pickBooks(view: VolumesView, shown: readonly BookItem[]): VolumesView {
  const ids = new Set(shown.map((b) => b.id));
  return {
    ...view,
    volumes: view.volumes.filter((v) => ids.has(`volume-${v.number}`)),
    books: view.books.filter((b) => ids.has(b.slug)),
  };
}

export const bookListSpec: ListSpec<BookItem> = {
  keys: ['season'],
  groups: [{ ...SEASON_GROUP, legend: 'Adapted in' }],
  facets: [{ key: 'season', values: (b) => b.screens.flatMap((s) => screenParam(s) ?? []) }],
  toRecord: (b) => ({ id: b.id, title: b.name, aliases: [], text: '' }),
  order: { id: (b) => b.id, name: (b) => b.name, first: () => 0 },
};
