import { PageFacts } from '../../components/page-facts';
import { dataKeys } from '../../data/data-keys';
import { AwardsPage } from '../../features/awards/awards-page';
import type { AwardsPageData } from '../../features/awards/award-view';
import { pageLoader, usePageData } from '../page-loader';

const key = () => dataKeys.awards;
export const loader = pageLoader(key);

export function Component() {
  const data = usePageData<AwardsPageData>(key);
  return (
    <>
      <AwardsPage view={data.view} sources={data.sources} />
      <PageFacts checked={data.checked} />
    </>
  );
}
