/**
 * The volumes page's book table with its filter, and the connected books. Static on a
 * prerendered page until the reader points at it, focuses into it or touches it (or at once
 * when the address carries a view to apply): its links work as plain HTML meanwhile, so a first
 * visit loads none of this code (docs/decisions/022 and 059).
 */
import { useMemo } from 'react';
import { Filterable } from '../../components/filters/filterable';
import type { Source } from '../../data/types';
import { bookItems, bookListSpec, pickBooks } from './volume-filters';
import { ConnectedBooks, VolumeTable } from './volume-list';
import type { VolumesView } from './volume-view.build';

const TEXT = { noun: ['book', 'books'] } as const;

export default function VolumesBody({
  view,
  sources,
}: {
  view: VolumesView;
  sources: readonly Source[];
}) {
  const items = useMemo(() => bookItems(view), [view]);
  return (
    <>
      <Filterable
        items={items}
        spec={bookListSpec}
        text={TEXT}
        paged={false}
        render={(shown, controls) => (
          <>
            {controls}
            {/* Books keep their own order (by volume, then connected books); filters only narrow. */}
            {shown.length > 0 && <VolumeTable view={pickBooks(view, shown)} />}
          </>
        )}
      />
      <ConnectedBooks books={view.books} sources={sources} />
    </>
  );
}
