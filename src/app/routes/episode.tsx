import { PageFacts } from '../../components/page-facts';
import { SCREENS } from '../../data/story';
import { EpisodePage } from '../../features/seasons/episode-page';
import { numberParam, pageLoader, usePageData } from '../page-loader';
import { pageKeys } from '../page-keys';
import type { Params } from 'react-router-dom';

/** "/seasons/season-2/episodes/4/" → episode/s2e4. */
const key = ({ slug, number }: Params) => {
  const season = SCREENS.find((s) => s.slug === slug && s.kind === 'season');
  const n = numberParam(number);
  return season && n ? pageKeys.episode(`s${season.number}e${n}`) : null;
};
export const loader = pageLoader(key);

export function Component() {
  const data = usePageData(key);
  return (
    <>
      <EpisodePage view={data.view} sources={data.sources} />
      <PageFacts checked={data.checked} edit={data.edit} />
    </>
  );
}
