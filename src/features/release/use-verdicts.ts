/**
 * The verdicts for the reader's day. `today` is the build's day (`asOf`) during hydration and on
 * every day through the page's `steadyThrough` (see useToday): then the verdicts scored at build
 * time are the reader's too. On any other day they are scored again here, with the scoring code
 * loaded for it, since a guess about a date still to come can change with the day.
 */
import { useEffect, useState } from 'react';
import type { ReleaseData } from './release-view';
import type { Verdict } from './score';

export function useVerdicts(data: ReleaseData, today: string): Verdict[] {
  const [scored, setScored] = useState<{ day: string; data: ReleaseData; verdicts: Verdict[] }>();
  useEffect(() => {
    if (today === data.asOf) return;
    let live = true;
    void import('./verdicts').then(({ judge }) => {
      if (!live) return;
      const verdicts = data.predictions.map((p) => judge(p, data.verdicts, today));
      setScored({ day: today, data, verdicts });
    });
    return () => {
      live = false;
    };
  }, [data, today]);
  return scored && scored.day === today && scored.data === data ? scored.verdicts : data.judged;
}
