import { PageFacts } from '../../components/page-facts';
import { dataKeys } from '../../data/data-keys';
import { SCREENS } from '../../data/story';
import { EpisodePage } from '../../features/seasons/episode-page';
import type { EpisodePageData } from '../../features/seasons/season-view';
import { numberParam, pageLoader, usePageData, type KeyOf } from '../page-loader';

/** "/seasons/season-2/episodes/4/" → episode/s2e4. */
const key: KeyOf = ({ slug, number }) => {
  const season = SCREENS.find((s) => s.slug === slug && s.kind === 'season');
  const n = numberParam(number);
  return season && n ? dataKeys.episode(`s${season.number}e${n}`) : null;
};
export const loader = pageLoader(key);

export function Component() {
  const data = usePageData<EpisodePageData>(key);
  return (
    <>
      <EpisodePage view={data.view} sources={data.sources} />
      <PageFacts checked={data.checked} edit={data.edit} />
    </>
  );
}
