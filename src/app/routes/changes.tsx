import { PageFacts } from '../../components/page-facts';
import { FEED_FILE } from '../../config/paths';
import { dataKeys } from '../../data/data-keys';
import type { PageData } from '../../data/page-data';
import { ChangesPage } from '../../features/changes/changes-page';
import type { ChangesView } from '../../features/changes/changes-view';
import { pageLoader, usePageData } from '../page-loader';

const key = () => dataKeys.changes;
export const loader = pageLoader(key);

export function Component() {
  const data = usePageData<PageData<ChangesView>>(key);
  return (
    <>
      <ChangesPage view={data.view} feedHref={`${import.meta.env.BASE_URL}${FEED_FILE}`} />
      <PageFacts checked={data.checked} />
    </>
  );
}
