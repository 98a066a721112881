import { PageFacts } from '../../components/page-facts';
import { SeasonsPage } from '../../features/seasons/season-list';
import { always, pageLoader, usePageData } from '../page-loader';
import { pageKeys } from '../page-keys';

const key = always(pageKeys.seasons);
export const loader = pageLoader(key);

export function Component() {
  const data = usePageData(key);
  return (
    <>
      <SeasonsPage seasons={data.view.seasons} />
      <PageFacts checked={data.checked} />
    </>
  );
}
