/** The type of src/data/shape.json, which `npm run check:data` derives from the content. */
import type { StoryLimits } from '../lib/preferences';

export interface ScreenShape {
  /** 1–3 for the seasons, then the film. */
  number: number;
  slug: string;
  kind: 'season' | 'film';
  /** "Season 1", "Heartstopper Forever". */
  title: string;
  /** "Season 1", "The film". */
  short: string;
  /** Its value in `?season=`: "1", "film". */
  param: string;
  /** Episodes on record, for seasons. */
  episodes?: number;
}

/** Each season's episode titles in order, by season number (src/data/episode-titles.json). */
export type EpisodeTitles = Record<string, string[]>;

export interface StoryShape {
  volumes: number[];
  screens: ScreenShape[];
}

/** What a stored reading and watching level may name: the volumes, screens and episodes there are. */
export function limitsOf(shape: StoryShape): StoryLimits {
  return {
    volumes: Math.max(0, ...shape.volumes),
    screens: shape.screens.map((s) => ({
      number: s.number,
      ...(s.episodes !== undefined ? { episodes: s.episodes } : {}),
    })),
  };
}
