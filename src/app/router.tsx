import type { QueryClient } from '@tanstack/react-query';
import { createBrowserRouter } from 'react-router';
import { metaQueryOptions } from '../api/endpoints/meta';
import { regionsQueryOptions } from '../api/endpoints/regions';
import { Layout } from './layout';
import { RedirectToEconomy } from './routes/redirect-to-economy';
import { LoadingState } from '../components/states/states';

/** Pages are split into their own chunks and loaded when first visited. */
export function createRouter(queryClient: QueryClient) {
  return createBrowserRouter([
    {
      path: '/',
      Component: Layout,
      HydrateFallback: LoadingState,
      // Start the shared requests while the page chunk loads; components read the same cache.
      loader: () => {
        void queryClient.prefetchQuery(metaQueryOptions());
        void queryClient.prefetchQuery(regionsQueryOptions());
        return null;
      },
      children: [
        { index: true, Component: RedirectToEconomy },
        { path: 'economy', lazy: { Component: async () => (await import('./routes/economy')).EconomyRoute } },
        { path: 'counties', lazy: { Component: async () => (await import('./routes/counties')).CountiesRoute } },
        { path: 'targets', lazy: { Component: async () => (await import('./routes/targets')).TargetsRoute } },
        { path: '*', lazy: { Component: async () => (await import('./routes/not-found')).NotFoundRoute } },
      ],
    },
  ]);
}
