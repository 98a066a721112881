import { useLocation } from 'react-router-dom';
import { deferHydration } from '../../components/deferred';
import { NextInOtherMedium } from '../../components/next-medium';
import { Loading } from '../../components/status';
import { adaptationSentence } from '../../data/adaptation-sentence';
import type { Source } from '../../data/types';
import { useHydrated } from '../../lib/use-hydrated';
import { AdaptationMap } from './adaptation-map-deferred';
import type { VolumesView } from './volume-view.build';

const VolumesBody = deferHydration(() => import('./volumes-body'));

/** The volumes list: the books-to-screen map, then the book table, whose code loads on demand. */
export function VolumesPage({ view, sources }: { view: VolumesView; sources: readonly Source[] }) {
  // A shared link to a filtered view applies its filters at once.
  const hydrated = useHydrated();
  const { search } = useLocation();
  return (
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
        sources={sources}
        loadNow={hydrated && search.length > 1}
        fallback={<Loading what="the books" />}
      />
    </article>
  );
}
