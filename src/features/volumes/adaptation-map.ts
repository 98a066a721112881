/**
 * The books-to-screen map's geometry: books (Volumes 1–6 and any other book on record as adapted)
 * in a column on the left, the seasons and the film on the right, a line for every adaptation.
 * Each screen sits level with the middle of the books it adapts, so lines run as flat as they can.
 */
import { screenSlug, screenTitle, SCREENS, volumeTitle } from '../../data/story';
import { listJoin } from '../../lib/text';

/** What the map needs of the books: which screen entries adapt each. */
export interface MapBooks {
  volumes: { number: number; adaptedIn: { screen: number }[] }[];
  related: { slug: string; title: string; kind: string; adaptedIn: { screen: number }[] }[];
}

export const MAP_WIDTH = 640;
const ROW = 40;
const NODE_HEIGHT = 30;
const NODE_WIDTH = 200;
const PAD = 6;

export interface MapNode {
  key: string;
  label: string;
  /** Describes the node's links, for its accessible name. */
  description: string;
  href: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface MapEdge {
  from: string;
  to: string;
  /** SVG path: a smooth curve from the book's right edge to the screen's left edge. */
  d: string;
}

export interface AdaptationMapLayout {
  width: number;
  height: number;
  books: MapNode[];
  screens: MapNode[];
  edges: MapEdge[];
}

export const bookKey = (volume: number) => `volume-${volume}`;
export const relatedKey = (slug: string) => `book-${slug}`;
export const screenKey = (screen: number) => `screen-${screen}`;

/** Pulls apart centres closer than `gap`, keeping their order; returns new centres. */
export function spreadApart(centres: readonly number[], gap: number, min: number): number[] {
  const out: number[] = [];
  for (const c of centres) {
    const previous = out[out.length - 1];
    out.push(Math.max(c, min, previous === undefined ? min : previous + gap));
  }
  return out;
}

export function layoutAdaptationMap(
  books: MapBooks,
  hrefs: { volume: (n: number) => string; screen: (slug: string) => string },
): AdaptationMapLayout {
  const left = [
    ...books.volumes.map((v) => ({
      key: bookKey(v.number),
      label: volumeTitle(v.number),
      kind: undefined as string | undefined,
      href: hrefs.volume(v.number),
      screens: v.adaptedIn.map((a) => a.screen),
    })),
    ...books.related
      .filter((r) => r.adaptedIn.length > 0)
      .map((r) => ({
        key: relatedKey(r.slug),
        label: r.title,
        kind: r.kind as string | undefined,
        // Related books have no page of their own; the volume adapted beside them does.
        href: hrefs.volume(
          books.volumes.find((v) =>
            v.adaptedIn.some((a) => r.adaptedIn.some((b) => b.screen === a.screen)),
          )?.number ?? 1,
        ),
        screens: r.adaptedIn.map((a) => a.screen),
      })),
  ];
  const bookY = new Map(left.map((b, i) => [b.key, PAD + i * ROW + NODE_HEIGHT / 2]));
  const screens: number[] = SCREENS.map((s): number => s.number).filter((n) =>
    left.some((b) => b.screens.includes(n)),
  );
  const wanted = screens.map((n) => {
    const ys = left.filter((b) => b.screens.includes(n)).map((b) => bookY.get(b.key)!);
    return ys.reduce((a, b) => a + b, 0) / ys.length;
  });
  const screenY = spreadApart(wanted, ROW, PAD + NODE_HEIGHT / 2);
  const height = Math.max(0, ...bookY.values(), ...screenY) + NODE_HEIGHT / 2 + PAD;
  const rightX = MAP_WIDTH - PAD - NODE_WIDTH;

  const bookNodes: MapNode[] = left.map((b) => ({
    key: b.key,
    label: b.label,
    description:
      b.screens.length > 0
        ? `${b.label}${b.kind ? ` (${b.kind})` : ''}, adapted in ${listJoin(b.screens.map(screenTitle))}`
        : `${b.label}${b.kind ? ` (${b.kind})` : ''}, not adapted`,
    href: b.href,
    x: PAD,
    y: bookY.get(b.key)! - NODE_HEIGHT / 2,
    width: NODE_WIDTH,
    height: NODE_HEIGHT,
  }));
  const screenNodes: MapNode[] = screens.map((n, i) => {
    const sources = left.filter((b) => b.screens.includes(n)).map((b) => b.label);
    return {
      key: screenKey(n),
      label: screenTitle(n),
      description: `${screenTitle(n)}, adapting ${listJoin(sources)}`,
      href: hrefs.screen(screenSlug(n)),
      x: rightX,
      y: screenY[i]! - NODE_HEIGHT / 2,
      width: NODE_WIDTH,
      height: NODE_HEIGHT,
    };
  });
  const edges: MapEdge[] = left.flatMap((b) =>
    b.screens.map((n) => {
      const x1 = PAD + NODE_WIDTH;
      const y1 = bookY.get(b.key)!;
      const x2 = rightX;
      const y2 = screenY[screens.indexOf(n)]!;
      const mid = (x1 + x2) / 2;
      return {
        from: b.key,
        to: screenKey(n),
        d: `M${x1} ${y1}C${mid} ${y1} ${mid} ${y2} ${x2} ${y2}`,
      };
    }),
  );
  return { width: MAP_WIDTH, height, books: bookNodes, screens: screenNodes, edges };
}
