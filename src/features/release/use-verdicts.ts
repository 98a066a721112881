/**
 * The verdicts for the reader's day. `today` is the build's day (`asOf`) during hydration and on
 * every day through the page's `steadyThrough` (see useToday): then the verdicts scored at build
 * time are the reader's too. On any other day they are scored again here, since a guess about a
 * date still to come can change with the day: the scoring code loads through a query, once a
 * visit and only on such a day, and scoring is a pure function of the data and the day.
 */
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { ReleaseData } from './release-view';
import type { Verdict } from './score';

const scoringCode = {
  queryKey: ['code', 'verdicts'],
  queryFn: () => import('./verdicts'),
  staleTime: Infinity,
  gcTime: Infinity,
} as const;

export function useVerdicts(data: ReleaseData, today: string): Verdict[] {
  const rescore = today !== data.asOf;
  const code = useQuery({ ...scoringCode, enabled: rescore }).data;
  return useMemo(
    () =>
      rescore && code
        ? data.predictions.map((p) => code.judge(p, data.verdicts, today))
        : data.judged,
    [rescore, code, data, today],
  );
}
