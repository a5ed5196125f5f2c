import type { QueryClient } from '@tanstack/react-query';
import { createBrowserRouter } from 'react-router';
import { metaQueryOptions } from '../api/endpoints/meta';
import { indicatorsQueryOptions } from '../api/endpoints/indicators';
import { regionsQueryOptions } from '../api/endpoints/regions';
import { targetsQueryOptions } from '../api/endpoints/targets';
import { Layout } from './layout';
import { RedirectToEconomy } from './routes/redirect-to-economy';
import { LoadingState } from '../components/states/states';

/** Pages are split into their own chunks and loaded when first visited. */
export function createRouter(queryClient: QueryClient) {
  // A page's own requests start with its chunk, not after it; a failure shows in the widget, not here.
  const indicators = () => queryClient.prefetchQuery(indicatorsQueryOptions());
  const targets = () => queryClient.prefetchQuery(targetsQueryOptions(2024));
  const prefetch =
    (...starts: (() => Promise<void>)[]) =>
    () => {
      for (const start of starts) void start();
      return null;
    };
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
        {
          path: 'economy',
          loader: prefetch(indicators, targets),
          lazy: { Component: async () => (await import('./routes/economy')).EconomyRoute },
        },
        {
          path: 'counties',
          loader: prefetch(indicators),
          lazy: { Component: async () => (await import('./routes/counties')).CountiesRoute },
        },
        {
          path: 'targets',
          loader: prefetch(indicators, targets),
          lazy: { Component: async () => (await import('./routes/targets')).TargetsRoute },
        },
        { path: '*', lazy: { Component: async () => (await import('./routes/not-found')).NotFoundRoute } },
      ],
    },
  ]);
}
