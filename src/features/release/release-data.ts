/** Build time: the release page's data, with every prediction scored as of the day checked. */
import { checkedOf, sourcesFor, type WikiIndex } from '../../data/wiki-index';
import type { ReleaseData, ReleasePageData } from './release-view';
import { verdictData } from './verdict-data';
import { judge } from './verdicts';

export function buildReleasePage(index: WikiIndex): ReleasePageData {
  const { predictions, wiki } = index.content;
  const verdicts = verdictData(predictions, index);
  const view: ReleaseData = {
    predictions,
    verdicts,
    judged: predictions.map((p) => judge(p, verdicts, wiki.checked)),
    asOf: wiki.checked,
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
