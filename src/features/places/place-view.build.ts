/** The places pages: in-story places and filming locations, and which stands in for which. */
import type { PageData, Ref } from '../../data/page-data';
import type { Place, Reveal } from '../../data/types';
import { checkedOf, ref, sourcesFor, type WikiIndex } from '../../data/wiki-index';
import { clip } from '../../lib/text';

export interface PlaceView {
  place: Place;
  /** For a filming location: the in-story places it plays. */
  standsIn: Ref[];
  /** For an in-story place: the filming locations that play it, with their sources. */
  filmedAt: { place: Ref; sources: string[] }[];
}

export type PlacePageData = PageData<PlaceView>;

export function buildPlacePage(place: Place, index: WikiIndex): PlacePageData {
  const standsIn = (place.standsIn?.places ?? []).flatMap((slug) => {
    const p = index.place.get(slug);
    return p ? [ref(p)] : [];
  });
  const filmedAt = index.content.places
    .filter((p) => p.standsIn?.places.includes(place.slug))
    .sort((a, b) => a.name.localeCompare(b.name, 'en'))
    .map((p) => ({ place: ref(p), sources: p.standsIn!.sources }));
  const view = { place, standsIn, filmedAt };
  const what =
    place.kind === 'story' ? 'A place in Heartstopper' : 'A Heartstopper filming location';
  const summary = place.summary.reveal ? '' : ` ${place.summary.text}`;
  return {
    meta: {
      title: place.name,
      description: clip(`${what}: ${place.name}.${summary} With sources.`),
      type: 'article',
    },
    view,
    sources: sourcesFor(view, index),
    checked: checkedOf(index, place),
  };
}

export interface PlaceRow {
  slug: string;
  name: string;
  kind: Place['kind'];
  /** The summary when it gives nothing away. */
  line?: string;
  /** The summary when it gives the story away: the card shows it behind a spoiler. */
  spoilerLine?: { text: string; reveal: Reveal };
  related: Ref[];
}

export interface PlacesView {
  places: PlaceRow[];
}

export function buildPlacesPage(index: WikiIndex): PageData<PlacesView> {
  const places = [...index.content.places]
    .sort((a, b) => a.name.localeCompare(b.name, 'en'))
    .map((p) => {
      const related =
        p.kind === 'filming'
          ? (p.standsIn?.places ?? []).flatMap((s) => {
              const o = index.place.get(s);
              return o ? [ref(o)] : [];
            })
          : index.content.places.filter((o) => o.standsIn?.places.includes(p.slug)).map(ref);
      return {
        slug: p.slug,
        name: p.name,
        kind: p.kind,
        ...(p.summary.reveal
          ? { spoilerLine: { text: p.summary.text, reveal: p.summary.reveal } }
          : { line: p.summary.text }),
        related,
      };
    });
  return {
    meta: {
      title: 'Places',
      description:
        'Where Heartstopper happens (Truham, Higgs, the Paris trip) and where it was filmed, with sources.',
    },
    view: { places },
    sources: [],
    checked: index.content.wiki.checked,
  };
}
