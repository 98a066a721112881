/**
 * What the volume pages and the volumes list show: publication, what adapts each volume, its
 * synopsis and plot points, who appears, and the connected books. Built at build time.
 */
import { supportOf, themesOf, type SupportCountry } from '../../data/content-notes';
import { shownSteps, type ShownStep } from '../../data/next-medium';
import type { PageData, Ref } from '../../data/page-data';
import { screenTitle, volumeTitle } from '../../data/story';
import type { Fact, PlotPoint, RelatedBook, Reveal, Volume } from '../../data/types';
import type { ContentTheme } from '../../data/themes';
import { checkedOf, ref, sourcesFor, type WikiIndex } from '../../data/wiki-index';
import { formatDate } from '../../lib/dates';
import { clip, listJoin } from '../../lib/text';
import type { MapBooks } from './adaptation-map';

export interface VolumeView {
  volume: Volume;
  /** Characters named in the volume's plot points, with the spoiler tag of the first. */
  characters: { character: Ref; reveal: Reveal }[];
  /** Other books adapted alongside this volume (Volume 6 and the novella Nick and Charlie). */
  companions: Pick<
    RelatedBook,
    'slug' | 'title' | 'kind' | 'published' | 'adaptedIn' | 'sources'
  >[];
  previous?: number;
  next?: number;
  /** Every book and what adapts it, for the books-to-screen map. */
  map: MapBooks;
  /** "If this affects you": services for the themes of its content notes. */
  support?: SupportCountry[];
}

export type VolumePageData = PageData<VolumeView>;

export function mapBooks(index: WikiIndex): MapBooks {
  return {
    volumes: [...index.content.volumes]
      .sort((a, b) => a.number - b.number)
      .map((v) => ({
        number: v.number,
        adaptedIn: v.adaptedIn.map((a) => ({ screen: a.screen })),
      })),
    related: [...index.content.books]
      .sort((a, b) => a.published.localeCompare(b.published))
      .map((b) => ({
        slug: b.slug,
        title: b.title,
        kind: b.kind,
        adaptedIn: b.adaptedIn.map((a) => ({ screen: a.screen })),
      })),
  };
}

/** The earliest publication on record, for lists: "2019". */
export function firstPublished(volume: Pick<Volume, 'published'>) {
  return [...volume.published].sort((a, b) => a.date.localeCompare(b.date))[0]!;
}

export function buildVolumeView(volume: Volume, index: WikiIndex): VolumeView {
  const named = new Map<string, Reveal>();
  for (const point of volume.plot) {
    for (const slug of point.characters) if (!named.has(slug)) named.set(slug, point.reveal);
  }
  const screens = new Set(volume.adaptedIn.map((a) => a.screen));
  const numbers = index.content.volumes.map((v) => v.number).sort((a, b) => a - b);
  const at = numbers.indexOf(volume.number);
  return {
    volume,
    characters: [...named].flatMap(([slug, reveal]) => {
      const c = index.character.get(slug);
      return c ? [{ character: ref(c), reveal }] : [];
    }),
    companions: index.content.books
      .filter((b) => b.adaptedIn.some((a) => screens.has(a.screen)))
      .map(({ slug, title, kind, published, adaptedIn, sources }) => ({
        slug,
        title,
        kind,
        published,
        adaptedIn,
        sources,
      })),
    ...(at > 0 ? { previous: numbers[at - 1] } : {}),
    ...(at < numbers.length - 1 ? { next: numbers[at + 1] } : {}),
    map: mapBooks(index),
    ...supportOf(volume.contentNotes, index),
  };
}

export function buildVolumePage(volume: Volume, index: WikiIndex): VolumePageData {
  const view = buildVolumeView(volume, index);
  const adapted = volume.adaptedIn.map((a) => screenTitle(a.screen));
  return {
    meta: {
      title: volumeTitle(volume.number),
      description: clip(
        `Heartstopper ${volumeTitle(volume.number)}, first published ${formatDate(firstPublished(volume).date)}${adapted.length ? `, adapted in ${listJoin(adapted)}` : ''}. Publication, synopsis, plot points and what changed on screen, with sources.`,
      ),
      type: 'article',
    },
    view,
    sources: sourcesFor(view, index),
    checked: checkedOf(index, volume),
  };
}

/** A row of the volumes table. */
export interface VolumeRow {
  number: number;
  final: boolean;
  firstPublished: string;
  screens: number[];
  plotPoints: number;
  /** The themes of its content notes, for the list's short form. */
  notes: ContentTheme[];
}

export interface BookRow {
  slug: string;
  title: string;
  kind: RelatedBook['kind'];
  published: string;
  publisher?: string;
  summary: string;
  ties: Fact[];
  screens: number[];
  sources: string[];
}

export interface VolumesView {
  volumes: VolumeRow[];
  books: BookRow[];
  map: MapBooks;
  /** Where to go next in the other medium, for each level (the stylesheet picks one). */
  next: ShownStep[];
}

export function buildVolumesPage(index: WikiIndex): PageData<VolumesView> {
  const view: VolumesView = {
    volumes: [...index.content.volumes]
      .sort((a, b) => a.number - b.number)
      .map((v) => ({
        number: v.number,
        final: v.final !== undefined,
        firstPublished: firstPublished(v).date,
        screens: v.adaptedIn.map((a) => a.screen),
        plotPoints: v.plot.length,
        notes: themesOf(v.contentNotes),
      })),
    books: [...index.content.books]
      .sort((a, b) => a.published.localeCompare(b.published))
      .map((b) => ({
        slug: b.slug,
        title: b.title,
        kind: b.kind,
        published: b.published,
        ...(b.publisher ? { publisher: b.publisher } : {}),
        summary: b.summary,
        ties: b.ties ?? [],
        screens: b.adaptedIn.map((a) => a.screen),
        sources: [...new Set([...b.sources, ...b.adaptedIn.flatMap((a) => a.sources)])],
      })),
    map: mapBooks(index),
    next: shownSteps(
      index.content.volumes,
      index.content.seasons.map((s) => s.number),
    ),
  };
  return {
    meta: {
      title: 'Volumes',
      description: `The ${view.volumes.length} Heartstopper graphic novels and the connected books: when each came out and which season, or the film, adapts it.`,
    },
    view,
    sources: sourcesFor(view, index),
    checked: index.content.wiki.checked,
  };
}

export type { PlotPoint };
