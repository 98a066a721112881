import { useMemo } from 'react';
import { PageFacts } from '../../components/page-facts';
import { HomePage } from '../../features/home/home-page';
import { buildStatus } from '../../features/home/status-view';
import { useToday } from '../../lib/use-today';
import { always, pageLoader, usePageData } from '../page-loader';
import { pageKeys } from '../page-keys';

const key = always(pageKeys.home);
export const loader = pageLoader(key);

export function Component() {
  const data = usePageData(key);
  const today = useToday(data.view.asOf, data.view.steadyThrough);
  const status = useMemo(() => buildStatus(data.view.events, today), [data, today]);
  return (
    <>
      <HomePage
        status={status}
        about={data.view.about}
        next={data.view.next}
        sources={data.sources}
      />
      <PageFacts checked={data.checked} />
    </>
  );
}
