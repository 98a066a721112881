/**
 * What a page's preview card says: the kind of page ("Character", "Season 3 · Episode 4"), the
 * entity's name and its one-line summary. The summary is the page's meta description, which the
 * page builders keep spoiler-free (and which spoilerFreeMeta replaces on the pages about a
 * spoiler-tagged file); nothing else from the page data reaches the card. Pure.
 */
import type { PersonPageData } from '../../src/features/cast/person-view.build.ts';
import type { PlacePageData } from '../../src/features/places/place-view.build.ts';
import type {
  EpisodePageData,
  SeasonPageData,
} from '../../src/features/seasons/season-view.build.ts';
import { spoilerFreeMeta, type BuiltPage } from '../lib/built-page.ts';

export interface CardText {
  /** The kind of page, shown as a label above the name. */
  kind: string;
  name: string;
  summary: string;
}

/** Kinds that do not depend on the page's data. */
const KIND: Record<string, string> = {
  home: 'Fan wiki',
  cast: 'List',
  characters: 'List',
  volumes: 'List',
  seasons: 'List',
  places: 'List',
  awards: 'List',
  character: 'Character',
  volume: 'Graphic novel',
  release: 'Release tracker',
  search: 'Search',
  changes: 'Updates',
  contribute: 'Guide',
  'contribute-file': 'Content file',
};

function personKind(data: PersonPageData): string {
  const { roles, jobs } = data.view;
  if (roles.length > 0) return jobs.length > 0 ? 'Cast and crew' : 'Cast';
  return jobs[0] ? `Crew · ${jobs[0].job}` : 'Cast and crew';
}

export function cardText(page: BuiltPage): CardText {
  const meta = spoilerFreeMeta(page);
  const base = { name: meta.title, summary: meta.description };
  switch (page.template) {
    case 'person':
      return { ...base, kind: personKind(page.data as PersonPageData) };
    case 'season': {
      const { screen } = (page.data as SeasonPageData).view;
      return { ...base, kind: screen.kind === 'film' ? 'Film' : 'Season' };
    }
    case 'episode': {
      const { episode } = (page.data as EpisodePageData).view;
      // The title says "Journey (Season 3, episode 4)"; the card shows the episode's own name
      // under its place in the series.
      return {
        ...base,
        name: episode.title,
        kind: `Season ${episode.season} · Episode ${episode.number}`,
      };
    }
    case 'place': {
      const { place } = (page.data as PlacePageData).view;
      return { ...base, kind: place.kind === 'story' ? 'Place in the story' : 'Filming location' };
    }
    default:
      return { ...base, kind: KIND[page.template] ?? 'Page' };
  }
}
