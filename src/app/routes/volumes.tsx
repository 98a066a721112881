import { useLocation } from 'react-router-dom';
import { deferHydration } from '../../components/deferred';
import { NextInOtherMedium } from '../../components/next-medium';
import { PageFacts } from '../../components/page-facts';
import { Loading } from '../../components/status';
import { adaptationSentence } from '../../data/adaptation-sentence';
import { AdaptationMap } from '../../features/volumes/adaptation-map-deferred';
import { useHydrated } from '../../lib/use-hydrated';
import { always, pageLoader, usePageData } from '../page-loader';
import { pageKeys } from '../page-keys';

const VolumesBody = deferHydration(() => import('../../features/volumes/volumes-body'));

const key = always(pageKeys.volumes);
export const loader = pageLoader(key);

export function Component() {
  const data = usePageData(key);
  const { view } = data;
  // A shared link to a filtered view applies its filters at once.
  const hydrated = useHydrated();
  const { search } = useLocation();
  return (
    <>
      <article className="page">
        <h1>Volumes</h1>
        <p className="lede">
          Alice Oseman's graphic novels run to {view.volumes.length} volumes.{' '}
          {adaptationSentence(view.volumes)}
        </p>
        <NextInOtherMedium steps={view.next} />
        <AdaptationMap books={view.map} table={false} />
        <VolumesBody
          view={view}
          sources={data.sources}
          loadNow={hydrated && search.length > 1}
          fallback={<Loading what="the books" />}
        />
      </article>
      <PageFacts checked={data.checked} />
    </>
  );
}
