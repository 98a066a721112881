import { PageFacts } from '../../components/page-facts';
import { dataKeys } from '../../data/data-keys';
import type { PageData } from '../../data/page-data';
import { PlacesPage } from '../../features/places/place-page';
import type { PlacesView } from '../../features/places/place-view';
import { pageLoader, usePageData } from '../page-loader';

const key = () => dataKeys.places;
export const loader = pageLoader(key);

export function Component() {
  const data = usePageData<PageData<PlacesView>>(key);
  return (
    <>
      <PlacesPage view={data.view} />
      <PageFacts checked={data.checked} />
    </>
  );
}
