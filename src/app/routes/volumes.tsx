import { useMemo } from 'react';
import { Filterable } from '../../components/filters/filterable';
import { PageFacts } from '../../components/page-facts';
import { dataKeys } from '../../data/data-keys';
import type { PageData } from '../../data/page-data';
import { AdaptationMap } from '../../features/volumes/adaptation-map-deferred';
import { bookItems, bookListSpec, pickBooks } from '../../features/volumes/volume-filters';
import { ConnectedBooks, VolumeTable } from '../../features/volumes/volume-list';
import type { VolumesView } from '../../features/volumes/volume-view';
import { pageLoader, usePageData } from '../page-loader';

const key = () => dataKeys.volumes;
export const loader = pageLoader(key);

export function Component() {
  const data = usePageData<PageData<VolumesView>>(key);
  const { view } = data;
  const items = useMemo(() => bookItems(view), [view]);
  return (
    <>
      <article className="page">
        <h1>Volumes</h1>
        <p className="lede">
          Alice Oseman's graphic novels run to {view.volumes.length} volumes. Seasons 1 to 3 adapt
          Volumes 1 to 5, and the film, Heartstopper Forever, adapts Volume 6.
        </p>
        <AdaptationMap books={view.map} table={false} />
        <Filterable
          items={items}
          spec={bookListSpec}
          text={{ noun: ['book', 'books'] }}
          paged={false}
          render={(shown, controls) => (
            <>
              {controls}
              {/* Books keep their own order (by volume, then connected books); filters only narrow. */}
              {shown.length > 0 && <VolumeTable view={pickBooks(view, shown)} />}
            </>
          )}
        />
        <ConnectedBooks books={view.books} sources={data.sources} />
      </article>
      <PageFacts checked={data.checked} />
    </>
  );
}
