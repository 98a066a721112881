/** What the volume pages show: publication, what adapts each volume, plot points and who appears. */
import type { Books, Character, PlotPoint, RelatedBook, Reveal, Volume } from '../../data/types';

export interface VolumeView {
  volume: Volume;
  plot: PlotPoint[];
  /** Characters named in the volume's plot points on record, with the spoiler tag of the first. */
  characters: { character: Character; reveal: Reveal }[];
  /** Other books adapted alongside this volume (Volume 6 and the novella Nick and Charlie). */
  companions: RelatedBook[];
  previous?: number;
  next?: number;
}

export function buildVolumeView(
  number: number,
  books: Books,
  characters: readonly Character[],
): VolumeView | undefined {
  const volume = books.volumes.find((v) => v.number === number);
  if (!volume) return undefined;
  const named = new Map<string, Reveal>();
  for (const point of volume.plot) {
    for (const slug of point.characters) if (!named.has(slug)) named.set(slug, point.reveal);
  }
  const screens = new Set(volume.adaptedIn.map((a) => a.screen));
  const numbers = books.volumes.map((v) => v.number).sort((a, b) => a - b);
  const at = numbers.indexOf(number);
  return {
    volume,
    plot: volume.plot,
    characters: characters.flatMap((c) => {
      const reveal = named.get(c.slug);
      return reveal ? [{ character: c, reveal }] : [];
    }),
    companions: books.related.filter((r) => r.adaptedIn.some((a) => screens.has(a.screen))),
    ...(at > 0 ? { previous: numbers[at - 1] } : {}),
    ...(at < numbers.length - 1 ? { next: numbers[at + 1] } : {}),
  };
}

export function volumeCitationOrder(view: VolumeView): string[][] {
  return [
    ...view.volume.published.map((p) => p.sources),
    view.volume.final?.sources ?? [],
    ...view.volume.adaptedIn.map((a) => a.sources),
    ...view.companions.flatMap((c) => [c.sources, ...c.adaptedIn.map((a) => a.sources)]),
    ...view.plot.map((p) => p.sources),
  ];
}

/** The earliest publication on record, for lists: "2019". */
export function firstPublished(volume: Volume) {
  return [...volume.published].sort((a, b) => a.date.localeCompare(b.date))[0]!;
}
