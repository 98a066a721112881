import { PageFacts } from '../../components/page-facts';
import { PersonPage } from '../../features/cast/person-page';
import { bySlug, pageLoader, usePageData } from '../page-loader';
import { pageKeys } from '../page-keys';

const key = bySlug(pageKeys.person);
export const loader = pageLoader(key);

export function Component() {
  const data = usePageData(key);
  return (
    <>
      <PersonPage view={data.view} sources={data.sources} />
      <PageFacts checked={data.checked} edit={data.edit} />
    </>
  );
}
