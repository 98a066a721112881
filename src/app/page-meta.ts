/** What each route tells the document head: title, description, and the kind of page for previews. */
import { SITE_NAME } from '../config/site';

export interface PageMeta {
  /** The page's own title, without the site name. */
  title: string;
  description: string;
  type?: 'website' | 'article' | 'profile';
}

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

/** Keeps descriptions to the length previews show: whole words, at most `max` characters. */
export function clip(text: string, max = 155): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  return `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}
