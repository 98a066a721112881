import { useListRows } from '../../components/filters/use-list-rows';
import { PageFacts } from '../../components/page-facts';
import { CharactersPage } from '../../features/characters/character-list-page';
import { always, pageLoader, usePageData } from '../page-loader';
import { pageKeys } from '../page-keys';

const key = always(pageKeys.charactersStart);
export const loader = pageLoader(key);

export function Component() {
  const start = usePageData(key);
  const { rows, total, wantAll } = useListRows(start, pageKeys.charactersAll);
  return (
    <>
      <CharactersPage rows={rows} total={total} onWantAll={wantAll} />
      <PageFacts checked={start.checked} />
    </>
  );
}
