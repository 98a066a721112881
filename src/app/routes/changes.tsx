import { PageFacts } from '../../components/page-facts';
import { FEED_FILE } from '../../config/paths';
import { ChangesPage } from '../../features/changes/changes-page';
import { always, pageLoader, usePageData } from '../page-loader';
import { pageKeys } from '../page-keys';

const key = always(pageKeys.changes);
export const loader = pageLoader(key);

export function Component() {
  const data = usePageData(key);
  return (
    <>
      <ChangesPage view={data.view} feedHref={`${import.meta.env.BASE_URL}${FEED_FILE}`} />
      <PageFacts checked={data.checked} />
    </>
  );
}
