import { GuidePage } from '../../features/contribute/contribute-pages';
import { always, pageLoader, usePageData } from '../page-loader';
import { pageKeys } from '../page-keys';

const key = always(pageKeys.contribute);
export const loader = pageLoader(key);

export function Component() {
  return <GuidePage view={usePageData(key).view} />;
}
