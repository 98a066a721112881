import { PageFacts } from '../../components/page-facts';
import { VolumePage } from '../../features/volumes/volume-page';
import { numberParam, pageLoader, usePageData } from '../page-loader';
import { pageKeys } from '../page-keys';
import type { Params } from 'react-router-dom';

const key = ({ number }: Params) => {
  const n = numberParam(number);
  return n ? pageKeys.volume(n) : null;
};
export const loader = pageLoader(key);

export function Component() {
  const data = usePageData(key);
  return (
    <>
      <VolumePage view={data.view} sources={data.sources} />
      <PageFacts checked={data.checked} edit={data.edit} />
    </>
  );
}
