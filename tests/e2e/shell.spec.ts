import { chartReady, expect, gotoEconomy, test } from './fixtures';

test('opens on the city economy page with the mock badge and the published Q1 2024 GDP growth', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/economy$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('绍兴市经济运行监测');
  await expect(page.getByTestId('mock-badge')).toBeVisible();
  await page.getByTestId('filter-period').selectOption('2024Q1');
  await expect(page.getByTestId('kpi-gdp-growth')).toContainText('+7.8%');
  await expect(page.getByTestId('kpi-gdp-growth')).toHaveAttribute('data-status', 'published');
});

test('switching district and period updates the URL and the figures, and reload keeps them', async ({ page }) => {
  await gotoEconomy(page, '?period=2024Q1');
  await expect(page.getByTestId('kpi-gdp-context')).toContainText('绍兴市');

  await page.getByTestId('filter-region').selectOption('330681');
  await expect(page).toHaveURL(/region=330681/);
  await expect(page.getByTestId('kpi-gdp-context')).toContainText('诸暨市');

  await page.getByTestId('filter-region').selectOption('330600');
  await page.getByTestId('filter-period').selectOption('2023H1');
  await expect(page).not.toHaveURL(/region=/);
  await expect(page).toHaveURL(/period=2023H1/);
  await expect(page.getByTestId('kpi-gdp-growth')).toContainText('+7.9%');

  await page.reload();
  await expect(page.getByTestId('filter-period')).toHaveValue('2023H1');
  await expect(page.getByTestId('kpi-gdp-growth')).toContainText('+7.9%');
});

test('back and forward move through filter changes', async ({ page }) => {
  await gotoEconomy(page, '?period=2024Q1');
  await page.getByTestId('filter-region').selectOption('330602');
  await expect(page.getByTestId('kpi-gdp-context')).toContainText('越城区');
  await page.goBack();
  await expect(page).not.toHaveURL(/region=/);
  await expect(page.getByTestId('kpi-gdp-context')).toContainText('绍兴市');
  await page.goForward();
  await expect(page.getByTestId('filter-region')).toHaveValue('330602');
});

test('navigation keeps the global filters across pages', async ({ page }) => {
  await gotoEconomy(page, '?region=330683&period=2024Q1');
  await page.getByRole('link', { name: '区县比较' }).click();
  await expect(page).toHaveURL(/\/counties\?region=330683&period=2024Q1/);
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('区县比较');
  await expect(page.getByTestId('filter-region')).toHaveValue('330683');
  await page.getByRole('link', { name: '2024年目标任务' }).click();
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('2024年目标任务');
});

test('switches to English, keeps it in the URL and remembers it', async ({ page }) => {
  await gotoEconomy(page, '?period=2024Q1');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page).toHaveURL(/lang=en/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Shaoxing Economic Monitor');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page).toHaveTitle('City economy · Shaoxing Economic Monitor');
  await expect(page.getByTestId('kpi-gdp-context')).toContainText('Shaoxing · Q1 2024');

  // A link without lang opens in the language chosen last on this browser.
  await page.goto('/counties');
  await expect(page).toHaveURL(/lang=en/);
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('County comparison');

  await page.getByRole('button', { name: '中文' }).click();
  await expect(page).not.toHaveURL(/lang=/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
});

test('an invalid URL parameter falls back to its default with a visible notice', async ({ page }) => {
  await page.goto('/economy?region=999999&period=2024Q1');
  const notice = page.getByTestId('invalid-param-notice');
  await expect(notice).toContainText('region=999999');
  await expect(notice).toContainText('全市');
  await expect(page).toHaveURL(/\/economy\?period=2024Q1$/);
  await expect(page.getByTestId('kpi-gdp-context')).toContainText('绍兴市');
  await notice.getByRole('button', { name: '知道了' }).click();
  await expect(notice).toBeHidden();
});

test('a failed request shows the error state in its widget, and retry recovers', async ({ page }, testInfo) => {
  testInfo.annotations.push({ type: 'expects-failed-request' });
  let failing = true;
  await page.route('**/api/v1/observations**', (route) =>
    failing ? route.fulfill({ status: 500, json: { error: { code: 'internal', message: 'down' } } }) : route.continue(),
  );
  await page.goto('/economy?period=2024Q1');
  const card = page.getByTestId('kpi-gdp');
  await expect(card.getByRole('alert')).toContainText('HTTP 500');
  // The rest of the page keeps working.
  await expect(page.getByTestId('filter-region')).toBeEnabled();
  failing = false;
  await card.getByRole('button', { name: '重试' }).click();
  await expect(page.getByTestId('kpi-gdp-growth')).toContainText('+7.8%');
});

test('a malformed payload is refused with a clear message', async ({ page }) => {
  await page.route('**/api/v1/observations**', (route) => route.fulfill({ json: { data: [{ value: 'lots' }] } }));
  await page.goto('/economy?period=2024Q1');
  await expect(page.getByTestId('kpi-gdp').getByRole('alert')).toContainText('数据格式不正确');
});

test('names from the API are shown as text, never run as markup', async ({ page }) => {
  const attack = '<img src=x onerror="window.__xss=1">';
  await page.route('**/api/v1/regions?*', async (route) => {
    const response = await route.fetch();
    const body = await response.json();
    for (const region of body.data) if (region.id === '330600') region.name.zh = attack;
    await route.fulfill({ response, json: body });
  });
  await gotoEconomy(page, '?period=2024Q1');
  await expect(page.getByTestId('kpi-gdp-context')).toContainText(attack);
  // The small trend's tooltip names the area too.
  const trend = page.getByTestId('kpi-gdp-trend');
  await chartReady(trend);
  await trend.hover();
  expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
});

test('an unknown page says so and links back', async ({ page }) => {
  await page.goto('/nowhere?lang=en');
  await expect(page.getByTestId('not-found')).toContainText('Page not found');
  await page.getByRole('link', { name: 'Back to City economy' }).click();
  await expect(page).toHaveURL(/\/economy\?lang=en/);
});

test('runs on the built-in mock API when no API is configured', async ({ page }) => {
  await page.route('**/config.json', (route) => route.fulfill({ json: { apiBaseUrl: null } }));
  await gotoEconomy(page, '?period=2024Q1');
  await expect(page.getByTestId('kpi-gdp-growth')).toContainText('+7.8%');
  await expect(page.getByTestId('mock-badge')).toBeVisible();
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
});

test('a broken config stops the app with a message instead of showing demo figures', async ({ page }, testInfo) => {
  testInfo.annotations.push({ type: 'expects-failed-request' });
  await page.route('**/config.json', (route) => route.fulfill({ json: { apiBaseUrl: 12 } }));
  await page.goto('/economy');
  await expect(page.getByRole('alert')).toContainText('config.json');
  await expect(page.getByTestId('kpi-gdp')).toHaveCount(0);
});
