import { PageFacts } from '../../components/page-facts';
import { dataKeys } from '../../data/data-keys';
import { VolumePage } from '../../features/volumes/volume-page';
import type { VolumePageData } from '../../features/volumes/volume-view';
import { numberParam, pageLoader, usePageData, type KeyOf } from '../page-loader';

const key: KeyOf = ({ number }) => {
  const n = numberParam(number);
  return n ? dataKeys.volume(n) : null;
};
export const loader = pageLoader(key);

export function Component() {
  const data = usePageData<VolumePageData>(key);
  return (
    <>
      <VolumePage view={data.view} sources={data.sources} />
      <PageFacts checked={data.checked} edit={data.edit} />
    </>
  );
}
