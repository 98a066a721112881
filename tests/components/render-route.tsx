/** Renders the real route table at a URL, in memory, with a fresh QueryClient (no retries). */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { afterEach } from 'vitest';
import { createRoutes } from '../../src/app/routes';

const routers: { dispose(): void }[] = [];

// A router left loading would keep calling loaders during the next test.
afterEach(() => {
  for (const router of routers.splice(0)) router.dispose();
});

export function renderRoute(path: string) {
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
