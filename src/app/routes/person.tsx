import { PageFacts } from '../../components/page-facts';
import { dataKeys } from '../../data/data-keys';
import { PersonPage } from '../../features/cast/person-page';
import type { PersonPageData } from '../../features/cast/person-view';
import { pageLoader, slugParam, usePageData, type KeyOf } from '../page-loader';

const key: KeyOf = ({ slug }) => {
  const s = slugParam(slug);
  return s && dataKeys.person(s);
};
export const loader = pageLoader(key);

export function Component() {
  const data = usePageData<PersonPageData>(key);
  return (
    <>
      <PersonPage view={data.view} sources={data.sources} />
      <PageFacts checked={data.checked} edit={data.edit} />
    </>
  );
}
