/**
 * Spoiler gating. A fact may carry `reveal`: the earliest book volume and/or screen entry
 * (seasons, then the film) that gives it away, and on screen the episode where that is known.
 * A reader's progress is how far they have read and watched; a fact is shown when either axis
 * has reached it.
 *
 * On screen, positions are ordered season by season, episode by episode. A tag or a progress
 * without an episode means the whole season: "Season 2" is revealed to a reader who has
 * watched all of season 2, not one who stopped at episode 4.
 */

export interface Reveal {
  volume?: number;
  screen?: number;
  episode?: number;
}

/** A reader who has read and watched nothing yet: everything tagged stays hidden. */
export const NOTHING_YET: Readonly<Progress> = { volume: 0, screen: 0 };

export interface Progress {
  /** Volumes read, 0 for none. */
  volume: number;
  /** Seasons watched (the film after the last season), 0 for none. */
  screen: number;
  /** Within `screen`, the last episode watched; absent for the whole season. */
  episode?: number;
}

const upTo = (episode: number | undefined) => episode ?? Number.POSITIVE_INFINITY;

/** Has a reader at `progress` seen the screen position (screen, episode)? */
export function hasWatched(screen: number, episode: number | undefined, progress: Progress) {
  if (screen !== progress.screen) return screen < progress.screen;
  return upTo(episode) <= upTo(progress.episode);
}

export function isRevealed(reveal: Reveal | undefined, progress: Progress): boolean {
  if (!reveal) return true;
  return (
    (reveal.volume !== undefined && reveal.volume <= progress.volume) ||
    (reveal.screen !== undefined && hasWatched(reveal.screen, reveal.episode, progress))
  );
}

/** The attributes a gated element carries, so the stylesheet can hide it before the app runs. */
export function revealAttributes(reveal: Reveal): Record<string, string> {
  return {
    'data-reveal': '',
    ...(reveal.volume !== undefined ? { 'data-rv': String(reveal.volume) } : {}),
    ...(reveal.screen !== undefined
      ? {
          'data-rs':
            reveal.episode !== undefined
              ? `${reveal.screen}-${reveal.episode}`
              : String(reveal.screen),
        }
      : {}),
  };
}

/**
 * What <html> carries for the stylesheet: the volumes read, the seasons watched in full, and
 * the episodes watched of a season begun. The early script (early-script.ts) computes the same.
 */
export function progressAttributes(progress: Progress): Record<string, string> {
  const read = Array.from({ length: progress.volume }, (_, i) => String(i + 1));
  const whole = progress.episode === undefined ? progress.screen : progress.screen - 1;
  const seen = Array.from({ length: Math.max(0, whole) }, (_, i) => String(i + 1));
  const episodes =
    progress.episode === undefined
      ? []
      : Array.from({ length: progress.episode }, (_, i) => `${progress.screen}-${i + 1}`);
  return {
    'data-read': read.join(' '),
    'data-seen': seen.join(' '),
    'data-seen-ep': episodes.join(' '),
  };
}

/** Every `reveal` tag found anywhere in a value (a page's data): what its spoilers are. */
export function collectReveals(value: unknown, into: Reveal[] = []): Reveal[] {
  if (Array.isArray(value)) {
    for (const item of value) collectReveals(item, into);
  } else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if (key === 'reveal' && child && typeof child === 'object') into.push(child as Reveal);
      else collectReveals(child, into);
    }
  }
  return into;
}
