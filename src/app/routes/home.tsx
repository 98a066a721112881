import { useMemo } from 'react';
import { PageFacts } from '../../components/page-facts';
import { dataKeys } from '../../data/data-keys';
import { HomePage } from '../../features/home/home-page';
import { buildStatus, type HomePageData } from '../../features/home/status-view';
import { useToday } from '../../lib/use-today';
import { pageLoader, usePageData } from '../page-loader';

const key = () => dataKeys.home;
export const loader = pageLoader(key);

export function Component() {
  const data = usePageData<HomePageData>(key);
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
