/**
 * The one home of the story's rules: its shape (the volumes, the seasons and the film, with
 * their labels, URL values and episodes, all derived from the content into shape.json), the
 * role tiers and the verdict outcomes. Labels, filters and the spoiler settings read these; the
 * rules for what has happened and what comes next are in events.ts, which only the pages that
 * count days (release, home) load.
 */
import shapeJson from './shape.json';
import { limitsOf, type StoryShape, type ScreenShape } from './story-shape';
import type { Reveal } from './types';
import { TIERS, type RoleTier } from './vocabulary';
import type { StoryLimits } from '../lib/preferences';

const shape = shapeJson as StoryShape;

export type { ScreenShape };

export const VOLUME_NUMBERS: readonly number[] = shape.volumes;
export const SCREENS: readonly ScreenShape[] = shape.screens;

const screenOf = (number: number) => SCREENS.find((s) => s.number === number);

export function screenTitle(number: number): string {
  return screenOf(number)?.title ?? `Season ${number}`;
}

export function screenSlug(number: number): string {
  return screenOf(number)?.slug ?? `season-${number}`;
}

export function screenShort(number: number): string {
  return screenOf(number)?.short ?? `Season ${number}`;
}

/** The `?season=` value of a screen entry ("1", "film"). */
export function screenParam(number: number): string | undefined {
  return screenOf(number)?.param;
}

export function volumeTitle(number: number): string {
  return `Volume ${number}`;
}

/** "Season 2, episode 4", "Season 2", "the film". */
export function watchLabel(screen: number, episode?: number): string {
  const entry = screenOf(screen);
  if (entry?.kind === 'film') return 'the film';
  return episode === undefined ? screenTitle(screen) : `${screenTitle(screen)}, episode ${episode}`;
}

/** "Volume 4 / Season 3", "Volume 6 / the film", "Season 2, episode 4". */
export function revealLabel(reveal: Reveal): string {
  return revealParts(reveal).join(' / ');
}

/** The same, for a narrow button: a line may break between the parts, never inside one. */
export function revealLabelKeptTogether(reveal: Reveal): string {
  return revealParts(reveal)
    .map((part) => part.replaceAll(' ', '\u00a0'))
    .join(' / ');
}

function revealParts(reveal: Reveal): string[] {
  const parts: string[] = [];
  if (reveal.volume !== undefined) parts.push(volumeTitle(reveal.volume));
  if (reveal.screen !== undefined) parts.push(watchLabel(reveal.screen, reveal.episode));
  return parts;
}

// The fixed words live in the leaf module, so the schema needs nothing from here.
export { OUTCOMES, TIERS, type Outcome, type RoleTier } from './vocabulary';

export const TIER_LABEL: Record<RoleTier, string> = {
  main: 'main cast',
  recurring: 'recurring',
  guest: 'guest',
};
export const TIER_RANK: Record<RoleTier, number> = { main: 0, recurring: 1, guest: 2 };

/** Billing order: lower is billed higher; no tier (not billed) after every tier. */
export function tierRank(tier: RoleTier | null | undefined): number {
  return tier ? TIER_RANK[tier] : TIERS.length;
}

/** The best billing among some tiers, or undefined. */
export function bestTier(tiers: readonly (RoleTier | null | undefined)[]): RoleTier | undefined {
  return tiers.filter((t): t is RoleTier => !!t).sort((a, b) => TIER_RANK[a] - TIER_RANK[b])[0];
}

/** A date guess that misses its window by this many months or fewer counts as close. */
export const CLOSE_MONTHS = 3;

/** What a stored reading and watching level may name: the volumes, screens and episodes there are. */
export const STORY_LIMITS: StoryLimits = limitsOf(shape);
