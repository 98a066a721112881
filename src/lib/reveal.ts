/**
 * Spoiler gating. A fact may carry `reveal`: the earliest book volume and/or screen entry
 * (seasons 1–3, 4 = the film) that gives it away. A reader's progress is how far they have
 * read and watched; a fact is shown when either axis has reached it.
 */

export interface Reveal {
  volume?: number;
  screen?: number;
}

export interface Progress {
  /** Volumes read, 0–6. */
  volume: number;
  /** Seasons watched, 0–3, or 4 for the film too. */
  screen: number;
}

export const MAX_VOLUME = 6;
export const MAX_SCREEN = 4;
export const EVERYTHING: Progress = { volume: MAX_VOLUME, screen: MAX_SCREEN };

export function isRevealed(reveal: Reveal | undefined, progress: Progress): boolean {
  if (!reveal) return true;
  return (
    (reveal.volume !== undefined && reveal.volume <= progress.volume) ||
    (reveal.screen !== undefined && reveal.screen <= progress.screen)
  );
}

/** "Volume 4 / Season 3", "Volume 6 / the film", "Season 2". */
export function revealLabel(reveal: Reveal): string {
  const parts: string[] = [];
  if (reveal.volume !== undefined) parts.push(`Volume ${reveal.volume}`);
  if (reveal.screen !== undefined)
    parts.push(reveal.screen === 4 ? 'the film' : `Season ${reveal.screen}`);
  return parts.join(' / ');
}
