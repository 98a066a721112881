/** The type of src/data/shape.json, which `npm run check:data` derives from the content. */
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
  /** Their titles, in order, where on record. */
  episodeTitles?: string[];
}

export interface StoryShape {
  volumes: number[];
  screens: ScreenShape[];
}
