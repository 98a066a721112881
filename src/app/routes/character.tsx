import { PageFacts } from '../../components/page-facts';
import { CharacterPage } from '../../features/characters/character-page';
import { bySlug, pageLoader, usePageData } from '../page-loader';
import { pageKeys } from '../page-keys';

const key = bySlug(pageKeys.character);
export const loader = pageLoader(key);

export function Component() {
  const data = usePageData(key);
  return (
    <>
      <CharacterPage view={data.view} sources={data.sources} />
      <PageFacts checked={data.checked} edit={data.edit} />
    </>
  );
}
