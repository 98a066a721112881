/**
 * A prediction's verdict as the page shows it, and the scorecard that counts them. Light: the
 * release page renders from verdicts scored at build time and loads the scoring itself
 * (verdicts.ts) only when the reader's date differs.
 */
import { OUTCOMES, type Outcome } from '../../data/story';
import type { Prediction } from '../../data/types';

export interface Verdict {
  outcome: Outcome;
  /** Short, e.g. "Right", "About a month early", "Can't be checked yet". */
  label: string;
  /** What happened, in a sentence. */
  detail: string;
  /** The sources for what happened. */
  sources: string[];
  /** For dates: months outside the claimed window, negative when early. */
  offByMonths?: number;
}

/** How many predictions came out each way, in all and for each source that made them. */
export interface Scorecard {
  total: number;
  counts: Record<Outcome, number>;
  /** The same counts for each source that made predictions. */
  bySource: { source: string; total: number; counts: Record<Outcome, number> }[];
}

const emptyCounts = () =>
  Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as Record<Outcome, number>;

export function scorecard(
  judged: readonly { prediction: Prediction; verdict: Verdict }[],
): Scorecard {
  const counts = emptyCounts();
  const bySource = new Map<string, { total: number; counts: Record<Outcome, number> }>();
  for (const { prediction, verdict } of judged) {
    counts[verdict.outcome] += 1;
    const entry = bySource.get(prediction.source) ?? { total: 0, counts: emptyCounts() };
    entry.total += 1;
    entry.counts[verdict.outcome] += 1;
    bySource.set(prediction.source, entry);
  }
  return {
    total: judged.length,
    counts,
    bySource: [...bySource].map(([source, entry]) => ({ source, ...entry })),
  };
}
