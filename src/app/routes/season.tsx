import { PageFacts } from '../../components/page-facts';
import { dataKeys } from '../../data/data-keys';
import { SeasonPage } from '../../features/seasons/season-page';
import type { SeasonPageData } from '../../features/seasons/season-view';
import { pageLoader, slugParam, usePageData, type KeyOf } from '../page-loader';

const key: KeyOf = ({ slug }) => {
  const s = slugParam(slug);
  return s && dataKeys.season(s);
};
export const loader = pageLoader(key);

export function Component() {
  const data = usePageData<SeasonPageData>(key);
  return (
    <>
      <SeasonPage view={data.view} sources={data.sources} />
      <PageFacts checked={data.checked} edit={data.edit} />
    </>
  );
}
