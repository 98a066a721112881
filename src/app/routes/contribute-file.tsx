import { PageFacts } from '../../components/page-facts';
import { FilePage } from '../../features/contribute/contribute-pages';
import { pageLoader, slugParam, usePageData } from '../page-loader';
import { pageKeys } from '../page-keys';
import type { Params } from 'react-router-dom';

const key = ({ kind, id }: Params) => {
  const name = slugParam(id);
  // An unknown kind has no data file: the loader then says "not found".
  const folder = slugParam(kind);
  return folder && name ? pageKeys.contributeFile(folder, name) : null;
};
export const loader = pageLoader(key);

export function Component() {
  const data = usePageData(key);
  return (
    <>
      <FilePage view={data.view} sources={data.sources} />
      <PageFacts checked={data.checked} />
    </>
  );
}
