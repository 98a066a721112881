/**
 * The release page below its header data: the filters and everything they narrow. Static on a
 * prerendered page until the reader points at it, focuses into it or touches it (or at once when
 * the address carries a view to apply): its links and forms work as plain HTML meanwhile, so a
 * first visit loads none of this code (docs/decisions/022 and 059).
 */
import { useMemo } from 'react';
import { Filterable } from '../../components/filters/filterable';
import { pickRelease, releaseItems, releaseListSpec } from './release-filters';
import { ReleasePage } from './release-page';
import type { ReleasePageData, ReleaseView } from './release-view';

const TEXT = { searchLabel: 'Search events and predictions', noun: ['entry', 'entries'] } as const;

export default function ReleaseBody({ view, data }: { view: ReleaseView; data: ReleasePageData }) {
  const items = useMemo(() => releaseItems(view), [view]);
  return (
    <Filterable
      items={items}
      spec={releaseListSpec}
      text={TEXT}
      paged={false}
      // The page keeps its date order; the filters only narrow it.
      render={(shown, controls) => (
        <ReleasePage
          view={pickRelease(view, shown)}
          whole={view}
          sources={data.sources}
          filters={controls}
          checked={data.checked}
          edits={data.view.edits}
        />
      )}
    />
  );
}
