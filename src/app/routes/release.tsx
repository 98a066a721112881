import { PageFacts } from '../../components/page-facts';
import { ReleaseDayPage } from '../../features/release/release-day-page';
import { always, pageLoader, usePageData } from '../page-loader';
import { pageKeys } from '../page-keys';

const key = always(pageKeys.release);
export const loader = pageLoader(key);

export function Component() {
  const data = usePageData(key);
  return (
    <>
      <ReleaseDayPage data={data} />
      <PageFacts checked={data.checked} />
    </>
  );
}
