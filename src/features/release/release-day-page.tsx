/**
 * The release page for the reader's day: the verdicts for that day (use-verdicts.ts), the view
 * they make, and the body that shows it, whose code loads when the reader reaches for it.
 */
import { useMemo } from 'react';
import { useLocation } from 'react-router-dom';
import { deferHydration } from '../../components/deferred';
import { Loading } from '../../components/status';
import { useHydrated } from '../../lib/use-hydrated';
import { useToday } from '../../lib/use-today';
import { buildReleaseView, type ReleasePageData } from './release-view';
import { useVerdicts } from './use-verdicts';

const ReleaseBody = deferHydration(() => import('./release-body'));

export function ReleaseDayPage({ data }: { data: ReleasePageData }) {
  const today = useToday(data.view.asOf, data.view.steadyThrough);
  const verdicts = useVerdicts(data.view, today);
  const view = useMemo(
    () => buildReleaseView(data.view, verdicts, data.sources, today),
    [data, verdicts, today],
  );
  // A shared link to a filtered view applies its filters at once.
  const hydrated = useHydrated();
  const { search } = useLocation();
  const loadNow = hydrated && search.length > 1;
  return (
    <ReleaseBody view={view} data={data} loadNow={loadNow} fallback={<Loading what="page" />} />
  );
}
