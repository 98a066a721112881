/**
 * The one home of the story's rules: its shape (the volumes, the seasons and the film, with
 * their labels, URL values and episodes, all derived from the content into shape.json), the
 * role tiers, the verdict outcomes, and the rules for what has happened and what comes next.
 * Labels, filters, the spoiler settings, the release page and the home page all read these.
 */
import shapeJson from './shape.json';
import { limitsOf, type StoryShape, type ScreenShape } from './story-shape';
import type { Reveal, WikiEvent } from './types';
import { TIERS, type RoleTier } from './vocabulary';
import {
  addDays,
  compareDates,
  daysBetween,
  dayCount,
  firstDay,
  formatDate,
  lastDay,
  parseDate,
} from '../lib/dates';
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

/** Has this event taken place by `today`? Expected events and dates still to come have not. */
export function hasHappened(event: WikiEvent, today: string): boolean {
  return !event.expected && firstDay(event.date) <= today;
}

/** Events in date order (the more precise first where two start on the same day). */
export function sortEvents<T extends WikiEvent>(events: readonly T[]): T[] {
  return [...events].sort((a, b) => compareDates(a.date, b.date));
}

export interface NextUp<T extends WikiEvent = WikiEvent> {
  event: T;
  /** Days to go when the exact day is on record. */
  daysToGo?: number;
  /** "in 12 days, on 2 July 2026", "today, 2 July 2026", or "2026, date not announced". */
  when: string;
}

/**
 * Everything still to come, soonest first: the one rule behind "What's next" on the release
 * page and "Coming next" on the home page. An event known only as "2026" may come any day that
 * year, so one with a known day before the year ends comes first: order by the latest day each
 * can fall on.
 */
export function upcoming<T extends WikiEvent>(events: readonly T[], today: string): NextUp<T>[] {
  return sortEvents(events)
    .filter((e) => e.kind !== 'speculation' && !hasHappened(e, today))
    .sort((a, b) => lastDay(a.date).localeCompare(lastDay(b.date)))
    .map((event) => {
      const { month, day } = parseDate(event.date);
      // Expected in a year, month or on a day that has now gone by without it.
      if (event.expected && lastDay(event.date) < today) {
        return { event, when: 'date not announced' };
      }
      if (day === undefined || event.expected) {
        const precision = day !== undefined || month === undefined ? 'date' : 'day';
        return { event, when: `${formatDate(event.date)}, ${precision} not announced` };
      }
      const daysToGo = Math.max(0, daysBetween(today, event.date));
      const when =
        daysToGo === 0
          ? `today, ${formatDate(event.date)}`
          : `in ${dayCount(daysToGo)}, on ${formatDate(event.date)}`;
      return { event, daysToGo, when };
    });
}

/**
 * The days on which anything worked out from these dates can change for a reader: the first day
 * each date can mean (it starts to have happened) and the day after its last (it has gone by),
 * and the day after `start`, when a countdown would tick. See steadyThrough in lib/dates.
 */
export function turningDays(start: string, dates: readonly string[]): string[] {
  return [
    addDays(start, 1),
    ...dates.flatMap((date) => [firstDay(date), addDays(lastDay(date), 1)]),
  ];
}

/** The next event on record that has not happened yet. */
export function nextUp<T extends WikiEvent>(events: readonly T[], today: string) {
  return upcoming(events, today)[0];
}

/** The latest events that have happened, newest first (speculation left out). */
export function latest<T extends WikiEvent>(events: readonly T[], today: string, count = 3): T[] {
  return sortEvents(events)
    .filter((e) => hasHappened(e, today) && e.kind !== 'speculation')
    .slice(-count)
    .reverse();
}

/** The release event of a season or the film (possibly only expected). */
export function releaseOf<T extends WikiEvent>(
  screen: number,
  events: readonly T[],
): T | undefined {
  return events.find((e) => e.kind === 'release' && e.screen === screen);
}
