/**
 * Renders the real route table at a URL, in memory, with a fresh QueryClient (no retries), over
 * the fixture wiki's page data (tests/fixtures/wiki.ts) unless a test hands in other files.
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { afterEach } from 'vitest';
import { createRoutes } from '../../src/app/routes';
import { DataNotFound, setDataReader } from '../../src/data/load-data';
import { compiledFixture } from '../fixtures/wiki';

const routers: { dispose(): void }[] = [];

// A router left loading would keep calling loaders during the next test.
afterEach(() => {
  for (const router of routers.splice(0)) router.dispose();
  setDataReader(undefined);
});

/** Serves data files from a map, as a static host would: a missing key is "not found". */
export function serveFiles(files: ReadonlyMap<string, unknown> = compiledFixture().files) {
  setDataReader(async (key) => {
    const value = files.get(key);
    if (value === undefined) throw new DataNotFound(key);
    return structuredClone(value);
  });
}

export function renderRoute(
  path: string,
  { files }: { files?: ReadonlyMap<string, unknown> } = {},
) {
  serveFiles(files);
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false, staleTime: Infinity } },
  });
  const router = createMemoryRouter(createRoutes(queryClient), { initialEntries: [path] });
  routers.push(router);
  const view = render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return { ...view, router, queryClient };
}
