/**
 * Route loaders for pages built from one data file: the loader fetches the file (through React
 * Query, so the component reads the same cache), answers "not found" when the site has none,
 * and hands the page's head metadata to the router.
 */
import { useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { useParams, type LoaderFunctionArgs, type Params } from 'react-router-dom';
import type { DataKey } from '../data/data-keys';
import { DataNotFound } from '../data/load-data';
import type { PageMeta } from '../data/page-data';
import { pageQuery } from '../data/queries';
import { notFound } from './not-found';
import type { MetaLoaderData } from './page-meta';

/** Which data file a URL's parameters name (typed with what it holds), or null when they cannot name one. */
export type KeyOf<T> = (params: Params) => DataKey<T> | null;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const NUMBER = /^[1-9]\d{0,3}$/;

/** Only canonical slugs and numbers reach the network: "3", not "03"; "charlie-spring", not "../x". */
export const slugParam = (value: string | undefined) => (value && SLUG.test(value) ? value : null);
export const numberParam = (value: string | undefined) =>
  value && NUMBER.test(value) ? Number(value) : null;

export async function ensurePage<T extends { meta: PageMeta }>(
  queryClient: QueryClient,
  key: DataKey<T> | null,
): Promise<T> {
  if (key === null) notFound();
  try {
    return await queryClient.ensureQueryData(pageQuery(key));
  } catch (error) {
    if (error instanceof DataNotFound) notFound();
    throw error;
  }
}

export function pageLoader<T extends { meta: PageMeta }>(keyOf: KeyOf<T>) {
  return (queryClient: QueryClient) =>
    async ({ params }: LoaderFunctionArgs): Promise<MetaLoaderData> => {
      const data = await ensurePage(queryClient, keyOf(params));
      return { meta: data.meta };
    };
}

/** The page's data, which its loader has fetched, of the type its key names. */
export function usePageData<T>(keyOf: KeyOf<T>): T {
  const params = useParams();
  const key = keyOf(params);
  if (key === null) throw new Error('A page rendered for parameters its loader refused.');
  return useSuspenseQuery(pageQuery(key)).data;
}

/** A page named by the URL's `slug`: null for a slug that is not canonical. */
export const bySlug =
  <T>(key: (slug: string) => DataKey<T>): KeyOf<T> =>
  ({ slug }) => {
    const s = slugParam(slug);
    return s ? key(s) : null;
  };

/** A page whose data file is always the same. */
export const always =
  <T>(key: DataKey<T>): KeyOf<T> =>
  () =>
    key;
