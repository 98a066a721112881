/** The scorecard's numbers: how each source's guesses fared, and by how much the close ones missed. */
import type { Source } from '../../data/types';
import type { ReleaseView } from './release-view';
import type { Outcome } from './verdicts';

export { OUTCOMES } from '../../data/story';

export interface ScoreRow {
  source: Source;
  total: number;
  counts: Record<Outcome, number>;
  /** Right out of those that can be checked, as a whole percentage; undefined if none can. */
  hitRate?: number;
}

export interface CloseCall {
  id: string;
  topic: string;
  publisher: string;
  /** "about a month early". */
  miss: string;
  offByMonths: number;
}

export interface ScorecardView {
  rows: ScoreRow[];
  total: Omit<ScoreRow, 'source'>;
  close: CloseCall[];
}

function hitRate(counts: Record<Outcome, number>): number | undefined {
  const checked = counts.right + counts.close + counts.wrong;
  return checked === 0 ? undefined : Math.round((counts.right / checked) * 100);
}

export function buildScorecard(view: ReleaseView): ScorecardView {
  const sources = new Map(view.predictions.map((p) => [p.source.id, p.source]));
  const rows = view.scorecard.bySource.map((s) => {
    const rate = hitRate(s.counts);
    return {
      source: sources.get(s.source)!,
      total: s.total,
      counts: s.counts,
      ...(rate !== undefined ? { hitRate: rate } : {}),
    };
  });
  const rate = hitRate(view.scorecard.counts);
  return {
    rows,
    total: {
      total: view.scorecard.total,
      counts: view.scorecard.counts,
      ...(rate !== undefined ? { hitRate: rate } : {}),
    },
    close: view.predictions
      .filter((p) => p.verdict.outcome === 'close')
      .map((p) => ({
        id: p.prediction.id,
        topic: p.prediction.topic,
        publisher: p.source.publisher,
        miss: p.verdict.label.toLowerCase(),
        offByMonths: p.verdict.offByMonths ?? 0,
      })),
  };
}
