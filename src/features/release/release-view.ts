/** The release page's data: events in order, and every prediction with its computed verdict. */
import type { Prediction, Source, WikiEvent } from '../../data/types';
import { sortEvents } from '../../data/derive';
import { judge, scorecard, type Scorecard, type Verdict, type VerdictData } from './verdicts';
import { nextUp, type NextUp } from './whats-next';

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
  data: VerdictData & { predictions: readonly Prediction[]; sources: readonly Source[] },
  today: string,
): ReleaseView {
  const sourceById = new Map(data.sources.map((s) => [s.id, s]));
  const predictions = data.predictions.map((prediction) => ({
    prediction,
    verdict: judge(prediction, data, today),
    source: sourceById.get(prediction.source)!,
  }));
  const next = nextUp(data.events, today);
  return {
    events: sortEvents(data.events),
    predictions,
    scorecard: scorecard(predictions),
    ...(next ? { next } : {}),
  };
}

export function releaseCitationOrder(view: ReleaseView): string[][] {
  return [
    ...view.events.map((e) => e.sources),
    ...view.predictions.flatMap(({ prediction, verdict }) => [
      [prediction.source],
      verdict.sources,
      prediction.noteSources ?? [],
    ]),
  ];
}
