/** Build time: the release page's data, with every prediction scored as of the day checked. */
import { nextUp, turningDays } from '../../data/events';
import type { EditTarget } from '../../data/page-data';
import type { Prediction } from '../../data/types';
import { checkedOf, sourcesFor, type WikiIndex } from '../../data/wiki-index';
import { steadyThrough } from '../../lib/durations';
import type { ReleaseData, ReleasePageData } from './release-view';
import { verdictData } from './verdict-data.build';
import { judge, type VerdictData } from './verdicts';

/**
 * The last day through which the page scored for `asOf` stays exactly the same: every verdict
 * and "What's next". Within it the browser shows the build's scoring and never loads the
 * scoring code; past it, it scores again for the reader's day.
 */
export function releaseSteadyThrough(
  predictions: readonly Prediction[],
  verdicts: VerdictData,
  asOf: string,
): string {
  const dates = [
    ...verdicts.events.map((e) => e.date),
    ...predictions.flatMap((p) => (p.claim.type === 'window' ? [p.claim.from, p.claim.to] : [])),
  ];
  const key = (day: string) =>
    JSON.stringify([predictions.map((p) => judge(p, verdicts, day)), nextUp(verdicts.events, day)]);
  return steadyThrough(asOf, turningDays(asOf, dates), key);
}

export function buildReleasePage(
  index: WikiIndex,
  /** "Suggest an edit" and "Report a mistake" for each prediction, by id. */
  edits?: Record<string, EditTarget>,
): ReleasePageData {
  const { predictions, wiki } = index.content;
  const verdicts = verdictData(predictions, index);
  const view: ReleaseData = {
    predictions,
    verdicts,
    judged: predictions.map((p) => judge(p, verdicts, wiki.checked)),
    asOf: wiki.checked,
    steadyThrough: releaseSteadyThrough(predictions, verdicts, wiki.checked),
    ...(edits ? { edits } : {}),
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
    checked: checkedOf(index, ...index.content.events, ...predictions),
  };
}
