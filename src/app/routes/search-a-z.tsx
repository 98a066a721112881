import { PageFacts } from '../../components/page-facts';
import { AzPage } from '../../features/search/a-z-page';
import { always, pageLoader, usePageData } from '../page-loader';
import { pageKeys } from '../page-keys';

const key = always(pageKeys.searchIndex);
export const loader = pageLoader(key);

export function Component() {
  const data = usePageData(key);
  return (
    <>
      <AzPage view={data.view} />
      <PageFacts checked={data.checked} />
    </>
  );
}
