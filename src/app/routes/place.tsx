import { PageFacts } from '../../components/page-facts';
import { PlacePage } from '../../features/places/place-page';
import { bySlug, pageLoader, usePageData } from '../page-loader';
import { pageKeys } from '../page-keys';

const key = bySlug(pageKeys.place);
export const loader = pageLoader(key);

export function Component() {
  const data = usePageData(key);
  return (
    <>
      <PlacePage view={data.view} sources={data.sources} />
      <PageFacts checked={data.checked} edit={data.edit} />
    </>
  );
}
