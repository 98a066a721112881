import { PageFacts } from '../../components/page-facts';
import { dataKeys } from '../../data/data-keys';
import type { PageData } from '../../data/page-data';
import { SeasonTable } from '../../features/seasons/season-list';
import type { SeasonsView } from '../../features/seasons/season-view';
import { pageLoader, usePageData } from '../page-loader';

const key = () => dataKeys.seasons;
export const loader = pageLoader(key);

export function Component() {
  const data = usePageData<PageData<SeasonsView>>(key);
  return (
    <>
      <article className="page">
        <h1>Seasons and film</h1>
        <p className="lede">
          Three seasons on Netflix, then a feature-length film in place of a fourth. Each season
          page lists its episodes.
        </p>
        <SeasonTable seasons={data.view.seasons} />
      </article>
      <PageFacts checked={data.checked} />
    </>
  );
}
