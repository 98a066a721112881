import { useMemo } from 'react';
import { Filterable } from '../../components/filters/filterable';
import { PageFacts } from '../../components/page-facts';
import { dataKeys } from '../../data/data-keys';
import { pickRelease, releaseItems, releaseListSpec } from '../../features/release/release-filters';
import { ReleasePage } from '../../features/release/release-page';
import { buildReleaseView, type ReleasePageData } from '../../features/release/release-view';
import { useVerdicts } from '../../features/release/use-verdicts';
import { useToday } from '../../lib/use-today';
import { pageLoader, usePageData } from '../page-loader';

const key = () => dataKeys.release;
export const loader = pageLoader(key);

export function Component() {
  const data = usePageData<ReleasePageData>(key);
  const today = useToday(data.view.asOf, data.view.steadyThrough);
  const verdicts = useVerdicts(data.view, today);
  const view = useMemo(
    () => buildReleaseView(data.view, verdicts, data.sources, today),
    [data, verdicts, today],
  );
  const items = useMemo(() => releaseItems(view), [view]);
  return (
    <>
      <Filterable
        items={items}
        spec={releaseListSpec}
        text={{ searchLabel: 'Search events and predictions', noun: ['entry', 'entries'] }}
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
      <PageFacts checked={data.checked} />
    </>
  );
}
