import { PageFacts } from '../../components/page-facts';
import { dataKeys } from '../../data/data-keys';
import type { PageData } from '../../data/page-data';
import { AzPage } from '../../features/search/a-z-page';
import type { AzView } from '../../features/search/a-z';
import { pageLoader, usePageData } from '../page-loader';

const key = () => dataKeys.searchIndex;
export const loader = pageLoader(key);

export function Component() {
  const data = usePageData<PageData<AzView>>(key);
  return (
    <>
      <AzPage view={data.view} />
      <PageFacts checked={data.checked} />
    </>
  );
}
