/**
 * The release page's view: events in date order, every prediction with its verdict, the
 * scorecard and what comes next, for the reader's day. The verdicts come scored at build time
 * (release.build.ts) for the day the facts were checked, with the range of days over which they
 * stay the same; use-verdicts.ts scores them again, loading the scoring code, only when the
 * reader's day falls outside that range.
 */
import type { EditTarget, PageData } from '../../data/page-data';
import { nextUp, sortEvents, type NextUp } from '../../data/events';
import type { Prediction, Source, WikiEvent } from '../../data/types';
import { scorecard, type Scorecard, type Verdict } from './score';
import type { VerdictData } from './verdicts';

export interface ReleaseData {
  predictions: Prediction[];
  verdicts: VerdictData;
  /** Each prediction's verdict as of `asOf`, in the order of `predictions`. */
  judged: Verdict[];
  /** The day the page was built from: its "today" until the reader's own date takes over. */
  asOf: string;
  /** The last day on which `judged` and "What's next" are still those of `asOf` (YYYY-MM-DD). */
  steadyThrough: string;
  /** "Suggest an edit" and "Report a mistake" for each prediction, by id. */
  edits?: Record<string, EditTarget>;
}

export type ReleasePageData = PageData<ReleaseData>;

export interface JudgedPrediction {
  prediction: Prediction;
  verdict: Verdict;
  source: Source;
}

export interface ReleaseView {
  events: WikiEvent[];
  predictions: JudgedPrediction[];
  scorecard: Scorecard;
  /** The next event on record that has not happened yet. */
  next?: NextUp;
}

export function buildReleaseView(
  data: Pick<ReleaseData, 'predictions' | 'verdicts'>,
  verdicts: readonly Verdict[],
  sources: readonly Source[],
  today: string,
): ReleaseView {
  const sourceById = new Map(sources.map((s) => [s.id, s]));
  const predictions = data.predictions.map((prediction, i) => ({
    prediction,
    verdict: verdicts[i]!,
    source: sourceById.get(prediction.source)!,
  }));
  const next = nextUp(data.verdicts.events, today);
  return {
    events: sortEvents(data.verdicts.events),
    predictions,
    scorecard: scorecard(predictions),
    ...(next ? { next } : {}),
  };
}
