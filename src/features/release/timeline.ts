/**
 * The release timeline's geometry: every event on record as a point (or a span, for filming or a
 * date known only to the year), and every date guess as the window it claimed, with a tick where
 * the real event fell. Pure: the SVG component only draws what this returns.
 */
import type { WikiEvent } from '../../data/types';
import { formatDate, formatRange, parseDate } from '../../lib/dates';
import { assignLanes, datePosition, timeScale } from '../../lib/time-scale';
import type { ReleaseView } from './release-view';
import type { Outcome } from './verdicts';

export const TIMELINE_WIDTH = 960;
const SIDE = 24;
const PREDICTION_ROW = 34;
const TOP = 10;
const AXIS_GAP = 34;
const LANE = 26;
const POINT_GAP = 14;

export interface EventMark {
  id: string;
  /** The anchor of this event's row in the table. */
  anchor: string;
  x1: number;
  x2: number;
  /** The x of a point, or the middle of a span. */
  cx: number;
  y: number;
  /** A span rather than a point: a range of dates, or a date known only to the year. */
  span: boolean;
  /** Expected, not yet happened. */
  expected: boolean;
  dateText: string;
  title: string;
  text: string;
  /** A short label drawn beside the mark ("S2", "Vol. 6"), for the milestones. */
  short?: string;
  /** Draw the label inside the span rather than to its right. */
  labelInside?: boolean;
}

export interface PredictionMark {
  id: string;
  anchor: string;
  x1: number;
  x2: number;
  y: number;
  /** Where the real event fell, once it has happened. */
  actualX?: number;
  outcome: Outcome;
  /** "The Digital Fix: autumn 2023". */
  title: string;
  /** "Close: about a month early". */
  verdict: string;
  dateText: string;
  statement: string;
  detail: string;
  /** Put the label to the left of the bar when the bar is near the right edge. */
  labelLeft: boolean;
}

export interface TimelineLayout {
  width: number;
  height: number;
  axisY: number;
  years: { year: number; x: number }[];
  predictions: PredictionMark[];
  events: EventMark[];
}

export const eventAnchor = (id: string) => `timeline-event-${id}`;
export const predictionAnchor = (id: string) => `timeline-guess-${id}`;

export function eventDateText(event: WikiEvent): string {
  const text = event.endDate ? formatRange(event.date, event.endDate) : formatDate(event.date);
  return event.expected ? `${text} (expected)` : text;
}

export function verdictText(outcome: Outcome, label: string): string {
  return outcome === 'close' ? `Close: ${label.toLowerCase()}` : label;
}

/** Milestones get a short label on the chart; the rest are named on hover, focus and in the table. */
export function shortLabel(event: WikiEvent): string | undefined {
  if (event.kind === 'release' && event.screen !== undefined)
    return event.screen === 4 ? (event.expected ? 'Film due' : 'Film') : `S${event.screen}`;
  if (event.kind === 'publication' && event.volume !== undefined) return `Vol. ${event.volume}`;
  if (event.kind === 'renewal') return 'Renewed';
  return undefined;
}

/** Roughly how wide a short label is at the chart's font size. */
const labelWidth = (label: string | undefined) => (label ? 10 + label.length * 8 : 0);

export function layoutTimeline(view: ReleaseView, width = TIMELINE_WIDTH): TimelineLayout {
  const windows = view.predictions.flatMap((p) =>
    p.prediction.claim.type === 'window' ? [{ ...p, claim: p.prediction.claim }] : [],
  );
  const dates = [
    ...view.events.flatMap((e) => (e.endDate ? [e.date, e.endDate] : [e.date])),
    ...windows.flatMap((w) => [w.claim.from, w.claim.to]),
  ];
  const scale = timeScale(dates, SIDE, width - SIDE);
  const eventsById = new Map(view.events.map((e) => [e.id, e]));

  const predictions: PredictionMark[] = windows.map((w, row) => {
    const x1 = scale.x(datePosition(w.claim.from, 'start'));
    const x2 = scale.x(datePosition(w.claim.to, 'end'));
    const event = eventsById.get(w.claim.event);
    const happened = event && !event.expected && w.verdict.outcome !== 'unverifiable';
    return {
      id: w.prediction.id,
      anchor: predictionAnchor(w.prediction.id),
      x1,
      x2,
      y: TOP + row * PREDICTION_ROW + PREDICTION_ROW / 2,
      ...(happened ? { actualX: scale.x(datePosition(event.date, 'mid')) } : {}),
      outcome: w.verdict.outcome,
      title: `${w.source.publisher}: ${w.claim.label}`,
      verdict: verdictText(w.verdict.outcome, w.verdict.label),
      dateText: formatRange(w.claim.from, w.claim.to),
      statement: w.prediction.statement,
      detail: w.verdict.detail,
      labelLeft: x2 > width * 0.62,
    };
  });

  const axisY = TOP + windows.length * PREDICTION_ROW + AXIS_GAP / 2;
  const spans = view.events.map((e) => {
    const yearOnly = parseDate(e.date).month === undefined;
    const span = Boolean(e.endDate) || yearOnly;
    const x1 = scale.x(datePosition(e.date, span ? 'start' : 'mid'));
    const x2 = span ? scale.x(datePosition(e.endDate ?? e.date, 'end')) : x1;
    const short = shortLabel(e);
    const labelInside = short !== undefined && x2 - x1 >= labelWidth(short) + 8;
    // Lanes keep room for a label drawn to the right of its mark.
    const reach = labelInside ? x2 : x2 + labelWidth(short);
    return { event: e, x1, x2, span, short, labelInside, reach };
  });
  const lanes = assignLanes(
    spans.map((s) => ({ x1: s.x1, x2: s.reach })),
    POINT_GAP,
  );
  const events: EventMark[] = spans.map(({ event, x1, x2, span, short, labelInside }, i) => ({
    id: event.id,
    anchor: eventAnchor(event.id),
    x1,
    x2,
    cx: (x1 + x2) / 2,
    y: axisY + AXIS_GAP / 2 + lanes[i]! * LANE + LANE / 2,
    span,
    expected: Boolean(event.expected),
    dateText: eventDateText(event),
    title: event.title,
    text: event.text,
    ...(short ? { short, labelInside } : {}),
  }));
  const laneCount = Math.max(1, ...lanes.map((l) => l + 1));
  return {
    width,
    height: axisY + AXIS_GAP / 2 + laneCount * LANE + 8,
    axisY,
    years: scale.years,
    predictions,
    events,
  };
}
