import { describe, expect, it } from 'vitest';
import { indexContent } from '../../src/data/wiki-index';
import {
  bookKey,
  layoutAdaptationMap,
  MAP_WIDTH,
  screenKey,
  spreadApart,
} from '../../src/features/volumes/adaptation-map';
import { mapBooks } from '../../src/features/volumes/volume-view.build';
import { fixtureContent } from '../fixtures/wiki';

const hrefs = { volume: (n: number) => `/volumes/${n}`, screen: (s: string) => `/seasons/${s}` };
const books = () => mapBooks(indexContent(fixtureContent()));

describe('books-to-screen map', () => {
  it('has a line for every adaptation on record, and a box for every volume and adapted book', () => {
    const data = books();
    const layout = layoutAdaptationMap(data, hrefs);
    const expected = [
      ...data.volumes.flatMap((v) =>
        v.adaptedIn.map((a) => `${bookKey(v.number)}>${screenKey(a.screen)}`),
      ),
      ...data.related.flatMap((r) =>
        r.adaptedIn.map((a) => `book-${r.slug}>${screenKey(a.screen)}`),
      ),
    ];
    expect(layout.edges.map((e) => `${e.from}>${e.to}`).sort()).toEqual(expected.sort());
    expect(layout.books.map((b) => b.label)).toEqual([
      'Volume 1',
      'Volume 2',
      'Volume 3',
      'Volume 4',
      'Volume 5',
      'Volume 6',
      'The Novella',
    ]);
    expect(layout.screens.map((s) => s.label)).toEqual([
      'Season 1',
      'Season 2',
      'Season 3',
      'Heartstopper Forever',
    ]);
    expect(layout.screens.find((s) => s.key === screenKey(3))?.description).toBe(
      'Season 3, adapting Volume 4 and Volume 5',
    );
    expect(layout.books.find((b) => b.label === 'The Novella')?.description).toBe(
      'The Novella (novella), adapted in Heartstopper Forever',
    );
  });

  it('sets each screen level with the books it adapts, and keeps every box inside the picture', () => {
    const layout = layoutAdaptationMap(books(), hrefs);
    const mid = (n: { y: number; height: number }) => n.y + n.height / 2;
    const season2 = layout.screens.find((s) => s.key === screenKey(2))!;
    const volume3 = layout.books.find((b) => b.key === bookKey(3))!;
    expect(mid(season2)).toBe(mid(volume3));
    const season1 = layout.screens.find((s) => s.key === screenKey(1))!;
    const [v1, v2] = layout.books;
    expect(mid(season1)).toBe((mid(v1!) + mid(v2!)) / 2);
    for (const n of [...layout.books, ...layout.screens]) {
      expect(n.x).toBeGreaterThanOrEqual(0);
      expect(n.x + n.width).toBeLessThanOrEqual(MAP_WIDTH);
      expect(n.y).toBeGreaterThanOrEqual(0);
      expect(n.y + n.height).toBeLessThanOrEqual(layout.height);
    }
    for (let i = 1; i < layout.screens.length; i++) {
      expect(layout.screens[i]!.y).toBeGreaterThanOrEqual(
        layout.screens[i - 1]!.y + layout.screens[i - 1]!.height,
      );
    }
  });

  it('links every box to its page', () => {
    const layout = layoutAdaptationMap(books(), hrefs);
    expect(layout.books[3]!.href).toBe('/volumes/4');
    expect(layout.screens[3]!.href).toBe('/seasons/heartstopper-forever');
    // The novella has no page of its own: it links to the volume adapted beside it.
    expect(layout.books[6]!.href).toBe('/volumes/6');
  });

  it('pulls crowded centres apart in order', () => {
    expect(spreadApart([10, 12, 100, 101], 40, 0)).toEqual([10, 50, 100, 140]);
    expect(spreadApart([5], 40, 20)).toEqual([20]);
  });
});
