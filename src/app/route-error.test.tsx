import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { createMemoryRouter, Outlet } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { describe, expect, it } from 'vitest';
import { i18n } from '../lib/i18n';
import { RouteError } from './route-error';

describe('a page that fails in the router', () => {
  it('shows the error in the page area under a working header, and loads on retry', async () => {
    let attempts = 0;
    const router = createMemoryRouter(
      [
        {
          path: '/',
          Component: () => (
            <>
              <header data-testid="header">header</header>
              <Outlet />
            </>
          ),
          children: [
            {
              ErrorBoundary: RouteError,
              children: [
                {
                  path: 'economy',
                  lazy: {
                    Component: async () => {
                      attempts += 1;
                      if (attempts === 1) throw new TypeError('Failed to fetch dynamically imported module');
                      return () => <p>economy page</p>;
                    },
                  },
                },
              ],
            },
          ],
        },
      ],
      { initialEntries: ['/economy'] },
    );
    await i18n.changeLanguage('zh-CN');
    render(
      <I18nextProvider i18n={i18n}>
        <RouterProvider router={router} />
      </I18nextProvider>,
    );
    expect(await screen.findByTestId('route-error')).toHaveTextContent('页面未能显示');
    expect(screen.getByTestId('header')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '重试' }));
    expect(await screen.findByText('economy page')).toBeInTheDocument();
    expect(screen.queryByTestId('route-error')).toBeNull();
  });
});
