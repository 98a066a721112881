/**
 * The release page's data: events in order, and every prediction with its computed verdict.
 * The page data (built at build time, `buildReleasePage`) holds the events, the predictions and
 * the facts they are scored on; `buildReleaseView` scores them with the reader's date.
 */
import type { PageData } from '../../data/page-data';
import { nextUp, sortEvents, type NextUp } from '../../data/story';
import type { Prediction, Source, WikiEvent } from '../../data/types';
import { checkedOf, sourcesFor, type WikiIndex } from '../../data/wiki-index';
import { verdictData } from './verdict-data';
import { judge, scorecard, type Scorecard, type Verdict, type VerdictData } from './verdicts';

export interface ReleaseData {
  predictions: Prediction[];
  verdicts: VerdictData;
  /** The day the page was built from: its "today" until the reader's own date takes over. */
  asOf: string;
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
  data: ReleaseData,
  sources: readonly Source[],
  today: string,
): ReleaseView {
  const sourceById = new Map(sources.map((s) => [s.id, s]));
  const predictions = data.predictions.map((prediction) => ({
    prediction,
    verdict: judge(prediction, data.verdicts, today),
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

export function buildReleasePage(index: WikiIndex): ReleasePageData {
  const view: ReleaseData = {
    predictions: index.content.predictions,
    verdicts: verdictData(index.content.predictions, index),
    asOf: index.content.wiki.checked,
  };
  return {
    meta: {
      title: 'Release: the guesses and what happened',
      description:
        'Every 2022 prediction about Heartstopper season 2, scored against what really happened, and the full release timeline to the film.',
      type: 'article',
    },
    view,
    sources: sourcesFor(view, index),
    checked: checkedOf(index, ...index.content.events, ...index.content.predictions),
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
