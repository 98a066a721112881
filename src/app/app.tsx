import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { RouterProvider } from 'react-router-dom';
import type { createBrowserRouter } from 'react-router-dom';
import { useCallback } from 'react';
import { RouterIdle } from '../components/router-idle';

export function App({
  router,
  queryClient,
}: {
  router: ReturnType<typeof createBrowserRouter>;
  queryClient: QueryClient;
}) {
  const idle = useCallback(() => router.state.navigation.state === 'idle', [router]);
  return (
    <QueryClientProvider client={queryClient}>
      <RouterIdle value={idle}>
        <RouterProvider router={router} />
      </RouterIdle>
    </QueryClientProvider>
  );
}
