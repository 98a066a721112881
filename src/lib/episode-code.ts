/**
 * Reading an episode code the way viewers write one: `S2E4`, `s02e04`, `2x04`, `S2 E4`,
 * `S2 Ep 4`, "season 2 episode 4", "series 2, episode 4" (British usage). Pure and generic.
 */
import { foldWords } from './fold';

export interface EpisodeCode {
  season: number;
  episode: number;
}

const NUMBER = /^\d{1,3}$/;
const SEASON_WORDS = new Set(['season', 'series', 's']);
const EPISODE_WORDS = new Set(['episode', 'ep', 'e']);

const number = (word: string | undefined) =>
  word !== undefined && NUMBER.test(word) ? Number(word) : undefined;

/** The season and episode a whole query names, or undefined if it is not an episode code. */
export function parseEpisodeCode(query: string): EpisodeCode | undefined {
  const words = foldWords(query);
  const joined = words.join('');
  // One word, or the same written with spaces: s2e4, s02e04, 2x04, s2 e4, s2 ep4.
  const compact =
    /^s(\d{1,3})(?:e|ep)(\d{1,3})$/.exec(joined) ?? /^(\d{1,3})x(\d{1,3})$/.exec(joined);
  if (compact && words.length <= 4)
    return valid({ season: Number(compact[1]), episode: Number(compact[2]) });
  // Words: season 2 episode 4, series 2 ep 4.
  if (words.length === 4 && SEASON_WORDS.has(words[0]!) && EPISODE_WORDS.has(words[2]!)) {
    const season = number(words[1]);
    const episode = number(words[3]);
    if (season !== undefined && episode !== undefined) return valid({ season, episode });
  }
  return undefined;
}

const valid = (code: EpisodeCode) => (code.season > 0 && code.episode > 0 ? code : undefined);

/** The canonical form the search indexes an episode under: "s2e4". */
export const episodeCodeKey = ({ season, episode }: EpisodeCode) => `s${season}e${episode}`;
