/**
 * What adapts the books, in a sentence, from the content: the volumes page's lede. Apart from
 * story.ts, which every page loads, so only that page carries it.
 */
import { listJoin } from '../lib/text';
import { SCREENS, type ScreenShape } from './story';

/** "Volumes 1 to 5", "Volume 6", "Seasons 1 and 2": numbers in order, as a span when they run on. */
function span(numbers: readonly number[], one: string, many: string): string {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  if (sorted.length === 1) return `${one} ${sorted[0]}`;
  const first = sorted[0]!;
  const last = sorted.at(-1)!;
  const runsOn = last - first === sorted.length - 1;
  return runsOn && sorted.length > 2
    ? `${many} ${first} to ${last}`
    : `${many} ${listJoin(sorted.map(String))}`;
}

/**
 * What adapts the books, in a sentence, from each volume's screens: "Seasons 1 to 3 adapt
 * Volumes 1 to 5, and the film, Heartstopper Forever, adapts Volume 6."
 */
export function adaptationSentence(
  volumes: readonly { number: number; screens: readonly number[] }[],
  screens: readonly ScreenShape[] = SCREENS,
): string {
  const kindOf = (n: number) => screens.find((s) => s.number === n)?.kind;
  const bySeasons = volumes.filter((v) => v.screens.some((s) => kindOf(s) === 'season'));
  const seasons = bySeasons.flatMap((v) => v.screens.filter((s) => kindOf(s) === 'season'));
  const film = screens.find((s) => s.kind === 'film');
  const byFilm = film ? volumes.filter((v) => v.screens.includes(film.number)) : [];
  const parts = [
    ...(seasons.length > 0
      ? [
          `${span(seasons, 'Season', 'Seasons')} ${new Set(seasons).size > 1 ? 'adapt' : 'adapts'} ${span(
            bySeasons.map((v) => v.number),
            'Volume',
            'Volumes',
          )}`,
        ]
      : []),
    ...(film && byFilm.length > 0
      ? [
          `the film, ${film.title}, adapts ${span(
            byFilm.map((v) => v.number),
            'Volume',
            'Volumes',
          )}`,
        ]
      : []),
  ];
  if (parts.length === 0) return '';
  const sentence = parts.join(', and ');
  return `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`;
}
