/**
 * Prerender entry, built with `vite build --ssr` and driven by scripts/prerender.ts. Renders
 * one URL with the same routes the browser uses, reading page data from the files the content
 * compiler made (setDataReader), and returns the HTML, the page's head metadata and the state
 * the browser needs to hydrate it: just the data that page shows.
 */
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { prerenderToNodeStream } from 'react-dom/static';
import {
  createStaticHandler,
  createStaticRouter,
  isRouteErrorResponse,
  StaticRouterProvider,
} from 'react-router-dom';
import { isMetaLoaderData, NOT_FOUND_META, type PageMeta } from './app/page-meta';
import type { PageState } from './app/page-state';
import { createQueryClient } from './app/query-client';
import { createRoutes } from './app/routes';

export interface RenderedPage {
  status: number;
  html: string;
  meta: PageMeta;
  /** Null for error pages, which the browser renders afresh rather than hydrating. */
  state: Omit<PageState, 'data'> | null;
  /** The data files the page was rendered from (their revisions are the prerenderer's to add). */
  dataKeys: string[];
}

async function streamToString(stream: NodeJS.ReadableStream): Promise<string> {
  let out = '';
  for await (const chunk of stream)
    out += typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString('utf8');
  return out;
}

export async function render(pathname: string, { basename = '/' } = {}): Promise<RenderedPage> {
  const queryClient = createQueryClient({ server: true });
  const handler = createStaticHandler(createRoutes(queryClient), { basename });
  const url = new URL(`${basename.replace(/\/$/, '')}${pathname}`, 'http://prerender.local');
  const context = await handler.query(new Request(url));
  if (context instanceof Response) {
    throw new Error(
      `Prerendering ${pathname} returned a redirect (${context.status}); routes must not redirect.`,
    );
  }
  const errors = Object.values(context.errors ?? {});
  const notFound = errors.some((e) => isRouteErrorResponse(e) && e.status === 404);
  if (errors.length > 0 && !notFound) {
    throw new Error(`Prerendering ${pathname} failed: ${String(errors[0])}`);
  }

  const router = createStaticRouter(handler.dataRoutes, context);
  const { prelude } = await prerenderToNodeStream(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <StaticRouterProvider router={router} context={context} hydrate={false} />
      </QueryClientProvider>
    </StrictMode>,
    // Never split a large Suspense boundary into a streamed chunk: that would add inline scripts,
    // which the Content-Security-Policy forbids. A prerendered page is written whole.
    { progressiveChunkSize: Number.POSITIVE_INFINITY },
  );
  const html = await streamToString(prelude);

  const meta = notFound
    ? NOT_FOUND_META
    : Object.values(context.loaderData).reverse().find(isMetaLoaderData)?.meta;
  if (!meta)
    throw new Error(`The route for ${pathname} returned no page metadata from its loader.`);

  return {
    status: context.statusCode,
    html,
    meta,
    state: notFound
      ? null
      : {
          path: pathname,
          router: { loaderData: context.loaderData, actionData: null, errors: null },
        },
    dataKeys: queryClient
      .getQueryCache()
      .getAll()
      .filter((q) => q.state.status === 'success')
      .map((q) => q.queryKey.join('/')),
  };
}

export { documentTitle } from './app/page-meta';
export { PAGE_STATE_ID, serialisePageState } from './app/page-state';
export { SITE_NAME } from './config/site';
export { DataNotFound, setDataReader } from './data/load-data';

/** A path no route serves, rendered as the site's 404.html. */
export const NOT_FOUND_PATH = '/__not-found__/';
