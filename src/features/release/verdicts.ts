/**
 * Scores each prediction against what the data says happened. Nothing here is typed in by
 * hand: the verdict, its wording and its sources all come from the dates and records in the
 * bundled data, so correcting a date corrects every verdict that depends on it.
 */
import { hasHappened } from '../../data/events';
import { CLOSE_MONTHS, screenTitle, volumeTitle, type Outcome } from '../../data/story';
import type { Prediction, WikiEvent } from '../../data/types';
import type { Verdict } from './score';
import { firstDay, formatDate, lastDay, parseDate } from '../../lib/dates';
import { aboutMonths, daysBetween, monthIndex } from '../../lib/durations';
import { listJoin } from '../../lib/text';

export type { Outcome, Verdict };
export { CLOSE_MONTHS };

/**
 * What the verdicts read besides the events: a few facts per prediction, gathered from the whole
 * content at build time (verdict-data.build.ts), so the release page carries only what it scores.
 */
export interface VerdictData {
  events: readonly WikiEvent[];
  /** Episode counts on record, by season. */
  episodes: readonly { screen: number; count: number; sources: string[] }[];
  /** Which screen entries adapt each volume. */
  adaptations: readonly { volume: number; screens: { screen: number; sources: string[] }[] }[];
  /** Plot points predictions name: the season that shows each, if on record. */
  plots: readonly { id: string; screen?: number; sources: string[] }[];
  /** Characters predictions name: their first season on screen and who plays them then. */
  debuts: readonly {
    character: string;
    name: string;
    screen?: number;
    actor?: string;
    sources: string[];
  }[];
  /** People predictions name: the seasons they are credited in. */
  casts: readonly {
    person: string;
    name: string;
    screens: { screen: number; sources: string[] }[];
  }[];
}

const CANT_CHECK = "Can't be checked yet";

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const unique = (ids: readonly string[]) => [...new Set(ids)];

export function judge(prediction: Prediction, data: VerdictData, today: string): Verdict {
  const { claim } = prediction;
  switch (claim.type) {
    case 'window':
      return judgeWindow(claim, data, today);
    case 'episode-count': {
      const episodes = data.episodes.find((e) => e.screen === claim.screen);
      if (!episodes) {
        return {
          outcome: 'unverifiable',
          label: CANT_CHECK,
          detail: `No episode count for ${screenTitle(claim.screen)} is on record.`,
          sources: [],
        };
      }
      const right = episodes.count === claim.count;
      return {
        outcome: right ? 'right' : 'wrong',
        label: right ? 'Right' : 'Wrong',
        detail: `${screenTitle(claim.screen)} has ${episodes.count} episodes.`,
        sources: episodes.sources,
      };
    }
    case 'duration':
      return judgeDuration(claim, data);
    case 'adapts': {
      const actual = data.adaptations.find((a) => a.volume === claim.volume)?.screens ?? [];
      const match = actual.find((a) => a.screen === claim.screen);
      if (match) {
        return {
          outcome: 'right',
          label: 'Right',
          detail: `${screenTitle(claim.screen)} adapts ${volumeTitle(claim.volume)}.`,
          sources: match.sources,
        };
      }
      if (actual.length === 0) {
        return {
          outcome: 'unverifiable',
          label: CANT_CHECK,
          detail: `Where ${volumeTitle(claim.volume)} is adapted is not on record.`,
          sources: [],
        };
      }
      return {
        outcome: 'wrong',
        label: 'Wrong',
        detail: `${volumeTitle(claim.volume)} is adapted in ${listJoin(actual.map((a) => screenTitle(a.screen)))}.`,
        sources: actual.flatMap((a) => a.sources),
      };
    }
    case 'plot': {
      const plot = data.plots.find((p) => p.id === claim.plot);
      if (!plot || plot.screen === undefined) {
        return {
          outcome: 'unverifiable',
          label: CANT_CHECK,
          detail: 'Which season tells this part of the story is not on record.',
          sources: [],
        };
      }
      const right = plot.screen === claim.screen;
      return {
        outcome: right ? 'right' : 'wrong',
        label: right ? 'Right' : 'Wrong',
        detail: `It is part of ${screenTitle(plot.screen)}.`,
        sources: plot.sources,
      };
    }
    case 'debut':
      return judgeDebut(claim.character, claim.screen, data);
    case 'cast-returns':
      return judgeReturns(claim.people, claim.screen, data);
  }
}

function judgeWindow(
  claim: Extract<Prediction['claim'], { type: 'window' }>,
  data: VerdictData,
  today: string,
): Verdict {
  const event = data.events.find((e) => e.id === claim.event);
  if (!event || !hasHappened(event, today) || parseDate(event.date).month === undefined) {
    if (lastDay(claim.to) < today && (!event || !hasHappened(event, today))) {
      return {
        outcome: 'wrong',
        label: 'Wrong',
        detail: `${claim.label} has passed and it has not happened yet.`,
        sources: event?.sources ?? [],
      };
    }
    return {
      outcome: 'unverifiable',
      label: CANT_CHECK,
      detail: event
        ? `${event.title}: ${formatDate(event.date)}, no exact date yet.`
        : 'It has not happened yet.',
      sources: event?.sources ?? [],
    };
  }
  const actual = monthIndex(event.date);
  const from = monthIndex(claim.from);
  const to = monthIndex(claim.to);
  const detail = `${event.title} on ${formatDate(event.date)}.`;
  if (actual >= from && actual <= to) {
    return { outcome: 'right', label: 'Right', detail, sources: event.sources, offByMonths: 0 };
  }
  const off = actual < from ? actual - from : actual - to;
  const words = `${capitalise(aboutMonths(off))} ${off < 0 ? 'early' : 'late'}`;
  return {
    outcome: Math.abs(off) <= CLOSE_MONTHS ? 'close' : 'wrong',
    label: words,
    detail,
    sources: event.sources,
    offByMonths: off,
  };
}

/**
 * How many months a span of dates covers. Two exact days give one figure; a date known only to
 * the month could be its first day or its last, so the span is a range: September to December
 * is at least two months (30 September to 1 December) and at most four.
 */
export function monthSpan(start: string, end: string): { min: number; max: number } {
  const months = (days: number) => Math.round(Math.max(0, days) / 30.44);
  return {
    min: months(daysBetween(lastDay(start), firstDay(end))),
    max: months(daysBetween(firstDay(start), lastDay(end))),
  };
}

/** Months of filming, or from the end of filming to release, if on record. */
export function phaseMonths(
  screen: number,
  phase: 'filming' | 'post-production',
  events: readonly WikiEvent[],
): { min: number; max: number; sources: string[] } | undefined {
  const mine = events.filter((e) => e.screen === screen);
  const filming = mine.find((e) => e.kind === 'filming');
  const wrap = mine.find((e) => e.kind === 'wrap');
  const end = filming?.endDate ? { date: filming.endDate, sources: filming.sources } : wrap;
  if (phase === 'filming') {
    if (!filming || !end) return undefined;
    return {
      ...monthSpan(filming.date, end.date),
      sources: unique([...filming.sources, ...end.sources]),
    };
  }
  const release = mine.find((e) => e.kind === 'release' && !e.expected);
  if (!end || !release) return undefined;
  return {
    ...monthSpan(end.date, release.date),
    sources: unique([...end.sources, ...release.sources]),
  };
}

const spanWords = (span: { min: number; max: number }) =>
  span.min === span.max ? `${span.max} months` : `between ${span.min} and ${span.max} months`;

function judgeDuration(
  claim: Extract<Prediction['claim'], { type: 'duration' }>,
  data: VerdictData,
): Verdict {
  const what = claim.phase === 'filming' ? 'filming' : 'post-production';
  const measured = phaseMonths(claim.screen, claim.phase, data.events);
  const baseline = phaseMonths(claim.baseline, claim.phase, data.events);
  const baselineText = baseline
    ? ` ${screenTitle(claim.baseline)}'s ${what} took ${spanWords(baseline)}.`
    : '';
  if (!measured) {
    const missing =
      claim.phase === 'filming' ? 'when filming ended' : 'when filming ended and when it came out';
    return {
      outcome: 'unverifiable',
      label: CANT_CHECK,
      detail: `The record does not say ${missing} for ${screenTitle(claim.screen)}.${baselineText}`,
      sources: baseline?.sources ?? [],
    };
  }
  const within = (months: number) =>
    claim.strict ? months < claim.limitMonths : months <= claim.limitMonths;
  const detail = `${capitalise(what)} on ${screenTitle(claim.screen)} took ${spanWords(measured)}.${baselineText}`;
  const sources = unique([...measured.sources, ...(baseline?.sources ?? [])]);
  if (within(measured.max)) return { outcome: 'right', label: 'Right', detail, sources };
  if (!within(measured.min)) return { outcome: 'wrong', label: 'Wrong', detail, sources };
  // The dates on record fall on both sides of the limit.
  return { outcome: 'unverifiable', label: "Can't tell from the dates", detail, sources };
}

function judgeDebut(character: string, screen: number, data: VerdictData): Verdict {
  const debut = data.debuts.find((d) => d.character === character);
  const name = debut?.name ?? character;
  if (!debut || debut.screen === undefined) {
    return {
      outcome: 'unverifiable',
      label: CANT_CHECK,
      detail: `No one is on record playing ${name}.`,
      sources: [],
    };
  }
  const right = debut.screen === screen;
  return {
    outcome: right ? 'right' : 'wrong',
    label: right ? 'Right' : 'Wrong',
    detail: `${debut.actor ? `${debut.actor} plays ${name}` : name} from ${screenTitle(debut.screen)}.`,
    sources: debut.sources,
  };
}

function judgeReturns(slugs: readonly string[], screen: number, data: VerdictData): Verdict {
  const named = slugs
    .map((slug) => data.casts.find((p) => p.person === slug))
    .filter((p) => p !== undefined);
  const credited = named.filter((p) => p.screens.some((s) => s.screen === screen));
  const missing = named.filter((p) => !credited.includes(p));
  const sources = unique(
    credited.flatMap((p) => p.screens.filter((s) => s.screen === screen).flatMap((s) => s.sources)),
  );
  if (credited.length === 0) {
    return {
      outcome: 'unverifiable',
      label: CANT_CHECK,
      detail: `No one named is on record in ${screenTitle(screen)}.`,
      sources,
    };
  }
  if (missing.length === 0) {
    return {
      outcome: 'right',
      label: 'Right',
      detail: `All ${named.length} are on record in ${screenTitle(screen)}.`,
      sources,
    };
  }
  return {
    outcome: 'right',
    label: `Right for ${credited.length} of ${named.length}`,
    detail: `${credited.length} of the ${named.length} are on record in ${screenTitle(screen)}; ${listJoin(missing.map((p) => p.name))}'s return is not on record.`,
    sources,
  };
}
