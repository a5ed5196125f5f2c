import { test as base, expect, type Page } from '@playwright/test';

/** Every test fails on a console error or an uncaught exception in the page. */
export const test = base.extend<{ pageErrors: string[] }>({
  pageErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      await use(errors);
    },
    { auto: true },
  ],
});

test.afterEach(({ pageErrors }, testInfo) => {
  // Tests that provoke a failed request expect the browser's own log line for it.
  if (testInfo.annotations.some((a) => a.type === 'expects-failed-request')) return;
  expect(pageErrors, 'console errors').toEqual([]);
});

export { expect };

export async function gotoEconomy(page: Page, query = ''): Promise<void> {
  await page.goto(`/economy${query}`);
  await expect(page.getByTestId('kpi-gdp')).toBeVisible();
}
