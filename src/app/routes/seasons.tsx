import { PageFacts } from '../../components/page-facts';
import { SeasonTable } from '../../features/seasons/season-list';
import { always, pageLoader, usePageData } from '../page-loader';
import { pageKeys } from '../page-keys';

const key = always(pageKeys.seasons);
export const loader = pageLoader(key);

export function Component() {
  const data = usePageData(key);
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
