import { PageFacts } from '../../components/page-facts';
import { VolumesPage } from '../../features/volumes/volumes-page';
import { always, pageLoader, usePageData } from '../page-loader';
import { pageKeys } from '../page-keys';

const key = always(pageKeys.volumes);
export const loader = pageLoader(key);

export function Component() {
  const data = usePageData(key);
  return (
    <>
      <VolumesPage view={data.view} sources={data.sources} />
      <PageFacts checked={data.checked} />
    </>
  );
}
