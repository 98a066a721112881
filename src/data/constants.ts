/** Fixed shape of the story, used for labels and filters without loading any data file. */

export const VOLUME_NUMBERS = [1, 2, 3, 4, 5, 6] as const;

/** Screen numbers: seasons 1–3, then 4 for the film. The data check holds screens.json to these titles. */
export const SCREENS = [
  { number: 1, slug: 'season-1', title: 'Season 1', short: 'Season 1', param: '1' },
  { number: 2, slug: 'season-2', title: 'Season 2', short: 'Season 2', param: '2' },
  { number: 3, slug: 'season-3', title: 'Season 3', short: 'Season 3', param: '3' },
  {
    number: 4,
    slug: 'heartstopper-forever',
    title: 'Heartstopper Forever',
    short: 'The film',
    param: 'film',
  },
] as const;

export type ScreenNumber = (typeof SCREENS)[number]['number'];

export function screenTitle(number: number): string {
  return SCREENS.find((s) => s.number === number)?.title ?? `Season ${number}`;
}

export function screenSlug(number: number): string {
  return SCREENS.find((s) => s.number === number)?.slug ?? `season-${number}`;
}

export function screenShort(number: number): string {
  return SCREENS.find((s) => s.number === number)?.short ?? `Season ${number}`;
}

export function volumeTitle(number: number): string {
  return `Volume ${number}`;
}

export const TIER_LABEL = {
  main: 'main cast',
  recurring: 'recurring',
  guest: 'guest',
} as const;
