import { PageFacts } from '../../components/page-facts';
import { dataKeys } from '../../data/data-keys';
import { CharacterPage } from '../../features/characters/character-page';
import type { CharacterPageData } from '../../features/characters/character-view';
import { pageLoader, slugParam, usePageData, type KeyOf } from '../page-loader';

const key: KeyOf = ({ slug }) => {
  const s = slugParam(slug);
  return s && dataKeys.character(s);
};
export const loader = pageLoader(key);

export function Component() {
  const data = usePageData<CharacterPageData>(key);
  return (
    <>
      <CharacterPage view={data.view} sources={data.sources} />
      <PageFacts checked={data.checked} edit={data.edit} />
    </>
  );
}
