import { PageFacts } from '../../components/page-facts';
import { dataKeys } from '../../data/data-keys';
import { PlacePage } from '../../features/places/place-page';
import type { PlacePageData } from '../../features/places/place-view';
import { pageLoader, slugParam, usePageData, type KeyOf } from '../page-loader';

const key: KeyOf = ({ slug }) => {
  const s = slugParam(slug);
  return s && dataKeys.place(s);
};
export const loader = pageLoader(key);

export function Component() {
  const data = usePageData<PlacePageData>(key);
  return (
    <>
      <PlacePage view={data.view} sources={data.sources} />
      <PageFacts checked={data.checked} edit={data.edit} />
    </>
  );
}
