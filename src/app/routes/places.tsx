import { PageFacts } from '../../components/page-facts';
import { PlacesPage } from '../../features/places/place-page';
import { always, pageLoader, usePageData } from '../page-loader';
import { pageKeys } from '../page-keys';

const key = always(pageKeys.places);
export const loader = pageLoader(key);

export function Component() {
  const data = usePageData(key);
  return (
    <>
      <PlacesPage view={data.view} />
      <PageFacts checked={data.checked} />
    </>
  );
}
