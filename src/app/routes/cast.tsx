import { useListRows } from '../../components/filters/use-list-rows';
import { PageFacts } from '../../components/page-facts';
import { CastPage } from '../../features/cast/cast-page';
import { always, pageLoader, usePageData } from '../page-loader';
import { pageKeys } from '../page-keys';

const key = always(pageKeys.castStart);
export const loader = pageLoader(key);

export function Component() {
  const start = usePageData(key);
  const { rows, total, wantAll } = useListRows(start, pageKeys.castAll);
  return (
    <>
      <CastPage rows={rows} total={total} counts={start.counts} onWantAll={wantAll} />
      <PageFacts checked={start.checked} />
    </>
  );
}
