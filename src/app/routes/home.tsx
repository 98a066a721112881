import { PageFacts } from '../../components/page-facts';
import { HomePage } from '../../features/home/home-page';
import { always, pageLoader, usePageData } from '../page-loader';
import { pageKeys } from '../page-keys';

const key = always(pageKeys.home);
export const loader = pageLoader(key);

export function Component() {
  const data = usePageData(key);
  return (
    <>
      <HomePage view={data.view} sources={data.sources} />
      <PageFacts checked={data.checked} />
    </>
  );
}
