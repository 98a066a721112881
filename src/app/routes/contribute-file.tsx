import { PageFacts } from '../../components/page-facts';
import { dataKeys } from '../../data/data-keys';
import { FilePage } from '../../features/contribute/contribute-pages';
import { type FilePageData } from '../../features/contribute/contribute-view';
import { pageLoader, slugParam, usePageData, type KeyOf } from '../page-loader';

const key: KeyOf = ({ kind, id }) => {
  const name = slugParam(id);
  // An unknown kind has no data file: the loader then says "not found".
  const folder = slugParam(kind);
  return folder && name ? dataKeys.contributeFile(folder, name) : null;
};
export const loader = pageLoader(key);

export function Component() {
  const data = usePageData<FilePageData>(key);
  return (
    <>
      <FilePage view={data.view} sources={data.sources} />
      <PageFacts checked={data.checked} />
    </>
  );
}
