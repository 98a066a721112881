/** The release page filters: events or predictions, a prediction's verdict, and search text. */
import type { FilterGroupSpec } from '../../components/filters/groups';
import { OUTCOMES } from '../../data/story';
import type { ListSpec } from '../../components/filters/filterable';
import type { FilterValue } from '../../components/filters/view-params';
import type { ReleaseView } from './release-view';
import { OUTCOME_LABEL } from './verdict-badge';
import type { Outcome } from './verdicts';

export interface ReleaseItem {
  id: string;
  kind: FilterValue<'type'>;
  title: string;
  text: string;
  outcome?: Outcome;
}

export function releaseItems(view: ReleaseView): ReleaseItem[] {
  return [
    ...view.events.map((e) => ({
      id: `event:${e.id}`,
      kind: 'event' as const,
      title: e.title,
      text: e.text,
    })),
    ...view.predictions.map((p) => ({
      id: `prediction:${p.prediction.id}`,
      kind: 'prediction' as const,
      title: p.prediction.topic,
      text: `${p.prediction.statement} ${p.source.publisher}`,
      outcome: p.verdict.outcome,
    })),
  ];
}

/** The view narrowed to the items shown; the scorecard still counts every prediction. */
export function pickRelease(view: ReleaseView, shown: readonly ReleaseItem[]): ReleaseView {
  // Nothing filtered out: the same view, so the parts drawn from it need not render again.
  if (shown.length === view.events.length + view.predictions.length) return view;
  const ids = new Set(shown.map((i) => i.id));
  return {
    ...view,
    events: view.events.filter((e) => ids.has(`event:${e.id}`)),
    predictions: view.predictions.filter((p) => ids.has(`prediction:${p.prediction.id}`)),
  };
}

const groups: FilterGroupSpec[] = [
  {
    key: 'type',
    legend: 'Show',
    options: [
      { value: 'event', label: 'What happened' },
      { value: 'prediction', label: 'Predictions' },
    ],
  },
  {
    key: 'verdict',
    legend: 'Verdict',
    options: OUTCOMES.map((o) => ({ value: o, label: OUTCOME_LABEL[o] })),
  },
];

export const releaseListSpec: ListSpec<ReleaseItem> = {
  keys: ['q', 'type', 'verdict'],
  groups,
  facets: [
    { key: 'type', values: (item) => [item.kind] },
    { key: 'verdict', values: (item) => (item.outcome ? [item.outcome] : []) },
  ],
  toRecord: (item) => ({ id: item.id, title: item.title, aliases: [], text: item.text }),
  order: { id: (item) => item.id, name: (item) => item.title, first: () => 0 },
};
