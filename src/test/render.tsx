/** Renders a page piece with the app's providers, at a URL, against the mock API. */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { Suspense, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { createMemoryRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { refuseInvalidParams } from '../app/url-guard';
import { i18n } from '../lib/i18n';

export function testQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { retry: false } } });
}

export function renderAt(url: string, element: ReactNode, { path = '*' }: { path?: string } = {}) {
  const queryClient = testQueryClient();
  const router = createMemoryRouter(
    [
      {
        path,
        // The app's URL guard on the link the test opens: invalid parameters are refused before
        // render, as in the app. The pieces' own changes are valid by construction, so they land
        // without a loader, at once, as the tests read them.
        loader: ({ request }) => {
          const refused = refuseInvalidParams(new URL(request.url));
          if (refused) throw refused;
          return null;
        },
        shouldRevalidate: () => false,
        HydrateFallback: () => null,
        element: <Suspense fallback="loading">{element}</Suspense>,
      },
    ],
    { initialEntries: [url] },
  );
  const view = render(
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </I18nextProvider>,
  );
  return { ...view, router, queryClient };
}
