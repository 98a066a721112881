import { PageFacts } from '../../components/page-facts';
import { SeasonPage } from '../../features/seasons/season-page';
import { bySlug, pageLoader, usePageData } from '../page-loader';
import { pageKeys } from '../page-keys';

const key = bySlug(pageKeys.season);
export const loader = pageLoader(key);

export function Component() {
  const data = usePageData(key);
  return (
    <>
      <SeasonPage view={data.view} sources={data.sources} />
      <PageFacts checked={data.checked} edit={data.edit} />
    </>
  );
}
