import { useMemo } from 'react';
import { useLocation } from 'react-router-dom';
import { deferHydration } from '../../components/deferred';
import { PageFacts } from '../../components/page-facts';
import { Loading } from '../../components/status';
import { buildReleaseView } from '../../features/release/release-view';
import { useVerdicts } from '../../features/release/use-verdicts';
import { useHydrated } from '../../lib/use-hydrated';
import { useToday } from '../../lib/use-today';
import { always, pageLoader, usePageData } from '../page-loader';
import { pageKeys } from '../page-keys';

const key = always(pageKeys.release);
export const loader = pageLoader(key);

const ReleaseBody = deferHydration(() => import('../../features/release/release-body'));

export function Component() {
  const data = usePageData(key);
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
    <>
      <ReleaseBody view={view} data={data} loadNow={loadNow} fallback={<Loading what="page" />} />
      <PageFacts checked={data.checked} />
    </>
  );
}
