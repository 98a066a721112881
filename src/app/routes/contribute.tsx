import { dataKeys } from '../../data/data-keys';
import type { PageData } from '../../data/page-data';
import { GuidePage } from '../../features/contribute/contribute-pages';
import type { GuideView } from '../../features/contribute/contribute-view';
import { pageLoader, usePageData } from '../page-loader';

const key = () => dataKeys.contribute;
export const loader = pageLoader(key);

export function Component() {
  return <GuidePage view={usePageData<PageData<GuideView>>(key).view} />;
}
