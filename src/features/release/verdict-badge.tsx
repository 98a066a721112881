import type { Outcome } from '../../data/story';
import type { Verdict } from './score';

export const OUTCOME_LABEL: Record<Outcome, string> = {
  right: 'Right',
  close: 'Close',
  wrong: 'Wrong',
  unverifiable: "Can't be checked yet",
};

/** The verdict in words (never colour alone): "Close: about a month early". */
export function VerdictBadge({ verdict }: { verdict: Verdict }) {
  const text =
    verdict.outcome === 'close' ? `Close: ${verdict.label.toLowerCase()}` : verdict.label;
  return <span className={`verdict verdict--${verdict.outcome}`}>{text}</span>;
}
