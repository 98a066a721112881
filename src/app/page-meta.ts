/** What each route tells the document head: title, description, and the kind of page for previews. */
import { SITE_NAME } from '../config/site';
import type { PageMeta } from '../data/page-data';

export type { PageMeta };

export interface MetaLoaderData {
  meta: PageMeta;
}

export function documentTitle(meta: PageMeta | undefined): string {
  if (!meta || meta.title === SITE_NAME) return SITE_NAME;
  return `${meta.title} · ${SITE_NAME}`;
}

export const NOT_FOUND_META: PageMeta = {
  title: 'Page not found',
  description: 'There is no page at this address on the Heartstopper Fan Wiki.',
};

export function isMetaLoaderData(data: unknown): data is MetaLoaderData {
  return typeof data === 'object' && data !== null && 'meta' in data;
}
