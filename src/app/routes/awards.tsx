import { PageFacts } from '../../components/page-facts';
import { AwardsPage } from '../../features/awards/awards-page';
import { always, pageLoader, usePageData } from '../page-loader';
import { pageKeys } from '../page-keys';

const key = always(pageKeys.awards);
export const loader = pageLoader(key);

export function Component() {
  const data = usePageData(key);
  return (
    <>
      <AwardsPage view={data.view} sources={data.sources} />
      <PageFacts checked={data.checked} />
    </>
  );
}
