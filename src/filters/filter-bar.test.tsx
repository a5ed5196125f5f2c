import { QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { Suspense } from 'react';
import { I18nextProvider } from 'react-i18next';
import { createMemoryRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { describe, expect, it } from 'vitest';
import { i18n } from '../lib/i18n';
import { renderAt, testQueryClient } from '../test/render';
import { FilterBar } from './filter-bar';
import { usePageFilters } from './use-global-filters';

/** What the page's figures follow. */
function ShownRegion() {
  return <output data-testid="shown-region">{usePageFilters().region}</output>;
}

/** As in the app, every navigation waits for a loader; changes made meanwhile must not be lost. */
function renderWithSlowLoader(url: string) {
  const router = createMemoryRouter(
    [
      {
        path: '*',
        loader: () => new Promise((resolve) => setTimeout(() => resolve(null), 30)),
        element: (
          <Suspense fallback="loading">
            <FilterBar />
            <ShownRegion />
          </Suspense>
        ),
      },
    ],
    { initialEntries: [url] },
  );
  render(
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={testQueryClient()}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </I18nextProvider>,
  );
  return router;
}

describe('FilterBar', () => {
  it('keeps both of two changes made in a row', async () => {
    const router = renderWithSlowLoader('/economy?region=330681');
    const region = await screen.findByTestId('filter-region');
    // The second change comes while the first navigation still waits for its loader.
    fireEvent.change(region, { target: { value: '330600' } });
    fireEvent.change(screen.getByTestId('filter-period'), { target: { value: '2023H1' } });
    await waitFor(() => expect(router.state.location.search).toBe('?period=2023H1'));
  });

  it('keeps a change made just as the previous navigation lands, before it is rendered', async () => {
    const router = renderWithSlowLoader('/economy?period=2024Q1');
    const region = await screen.findByTestId('filter-region');
    fireEvent.change(region, { target: { value: '330681' } });
    // The router has landed on the district; the page has not rendered that yet (a slow machine).
    await new Promise<void>((resolve) => {
      const unsubscribe = router.subscribe((state) => {
        if (state.navigation.state !== 'idle') return;
        unsubscribe();
        fireEvent.change(region, { target: { value: '330600' } });
        fireEvent.change(screen.getByTestId('filter-period'), { target: { value: '2023H1' } });
        resolve();
      });
    });
    await waitFor(() => expect(router.state.location.search).toBe('?period=2023H1'));
  });

  it('shows a change at once, while the navigation still waits for its loader', async () => {
    const router = renderWithSlowLoader('/economy');
    const toggle = await screen.findByTestId('filter-illustrative');
    fireEvent.click(toggle);
    expect(router.state.navigation.state).toBe('loading');
    expect(screen.getByTestId('filter-illustrative')).not.toBeChecked();
    fireEvent.change(screen.getByTestId('filter-period'), { target: { value: '2023H1' } });
    expect(screen.getByTestId('filter-period')).toHaveValue('2023H1');
    await waitFor(() => expect(router.state.location.search).toBe('?illustrative=hide&period=2023H1'));
  });

  it('keeps the figures on the landed district while the control already shows the new one', async () => {
    const router = renderWithSlowLoader('/economy?region=330681');
    fireEvent.change(await screen.findByTestId('filter-region'), { target: { value: '330602' } });
    expect(router.state.navigation.state).toBe('loading');
    expect(screen.getByTestId('filter-region')).toHaveValue('330602');
    expect(screen.getByTestId('shown-region')).toHaveTextContent('330681');
    await waitFor(() => expect(screen.getByTestId('shown-region')).toHaveTextContent('330602'));
  });

  it('writes illustrative=hide when the switch is turned off, and removes it when on again', async () => {
    const { router } = renderAt('/economy', <FilterBar />);
    const toggle = await screen.findByTestId('filter-illustrative');
    fireEvent.click(toggle);
    await waitFor(() => expect(router.state.location.search).toBe('?illustrative=hide'));
    fireEvent.click(screen.getByTestId('filter-illustrative'));
    await waitFor(() => expect(router.state.location.search).toBe(''));
  });
});
