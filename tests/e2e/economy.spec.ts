import { readFile } from 'node:fs/promises';
import { chartOption, expect, test } from './fixtures';

test('shows the published Q1 2024 GDP growth of Shaoxing, judged against the 6.5% target', async ({ page }) => {
  await page.goto('/economy?period=2024Q1');
  const growth = page.getByTestId('kpi-gdp-growth');
  await expect(growth).toContainText('+7.8%');
  await expect(growth).toHaveAttribute('data-status', 'published');
  await expect(page.getByTestId('kpi-gdp-rank')).toContainText('居全省第1位');
  await expect(page.getByTestId('kpi-gdp-target')).toHaveAttribute('data-met', 'true');
});

test('switching to a district changes the figures and the URL', async ({ page }) => {
  await page.goto('/economy?period=2024Q1');
  await expect(page.getByTestId('kpi-gdp-growth')).toContainText('+7.8%');
  await page.getByTestId('filter-region').selectOption('330681');
  await expect(page).toHaveURL(/region=330681/);
  // 诸暨's own Q1 2024 GDP growth, 8.4% (seed 000), and its stated first place among the six.
  await expect(page.getByTestId('kpi-gdp-growth')).toContainText('+8.4%');
  await expect(page.getByTestId('kpi-gdp-context')).toContainText('诸暨市');
  await expect(page.getByTestId('kpi-gdp-city-rank')).toContainText('居全市第1位');
  await expect(page.getByTestId('trend-gdp')).toContainText('诸暨市');
  await expect(page.getByTestId('kpi-gdp-target')).toHaveCount(0);
});

test('the table view lists the same values as the chart', async ({ page }) => {
  await page.goto('/economy?period=2024Q1');
  const panel = page.getByTestId('trend-gdp');
  const option = await chartOption<{ series: { data: { value: unknown }[] }[] }>(page.getByTestId('trend-gdp-chart'));
  const drawn = option.series.map((s) => s.data.map((d) => d.value));
  await panel.getByTestId('trend-gdp-show-table').click();
  const table = panel.getByTestId('trend-gdp-table');
  await expect(table).toBeVisible();
  const cells = async (column: string) =>
    (await table.locator(`td[data-column="${column}"]`).allInnerTexts()).map((text) => text.trim());
  const levels = await cells('level');
  const growth = await cells('growth');
  const [drawnLevels, drawnGrowth] = drawn as [unknown[], unknown[]];
  expect(levels).toHaveLength(drawnLevels.length);
  drawnLevels.forEach((value, i) => {
    if (value === '-') expect(levels[i]).toContain('—');
    else expect(levels[i]!.replace(/[^\d.]/g, '')).toBe(String(value));
  });
  drawnGrowth.forEach((value, i) => {
    if (value === '-') expect(growth[i]).toContain('—');
    else expect(Number(growth[i]!.replace(/[^\d.-]/g, ''))).toBe(value);
  });
  // The published Q1 2024 growth is in both (found by its period: the list of periods grows).
  await expect(table.locator('tr[data-row="2024Q1"] td[data-column="growth"]')).toContainText('+7.8%');
});

test('a failed request for one part of the page leaves the others working', async ({ page }, testInfo) => {
  testInfo.annotations.push({ type: 'expects-failed-request' });
  const down = { status: 500, json: { error: { code: 'internal', message: 'down' } } };
  // The targets the cards are judged against, and the five other districts a district is ranked among.
  await page.route(/\/api\/v1\/targets\?/, (route) => route.fulfill(down));
  await page.route(/\/api\/v1\/observations\?region=330602,330603/, (route) => route.fulfill(down));
  await page.goto('/economy?period=2024Q1&region=330681');
  await expect(page.getByTestId('kpi-gdp-growth')).toContainText('%');
  await expect(page.getByText('2024年目标暂时无法加载')).toBeVisible();
  await expect(page.getByTestId('kpi-gdp').getByRole('alert')).toHaveCount(0);
  await expect(page.getByTestId('kpi-retail_sales-growth')).not.toBeEmpty();
});

test('illustrative figures carry their mark, and illustrative=hide leaves them out', async ({ page }) => {
  await page.goto('/economy?period=2024Q1&region=330602');
  await expect(page.getByTestId('kpi-gdp-level')).toHaveAttribute('data-status', 'illustrative');
  await expect(page.getByTestId('kpi-gdp-level').getByTestId('illustrative-marker')).toBeVisible();
  await page.getByTestId('filter-illustrative').uncheck();
  await expect(page).toHaveURL(/illustrative=hide/);
  await expect(page.getByTestId('kpi-gdp-level')).toHaveAttribute('data-status', 'missing');
  await expect(page.getByTestId('illustrative-marker')).toHaveCount(0);
  await page.reload();
  await expect(page.getByTestId('filter-illustrative')).not.toBeChecked();
});

test('a second-hand figure carries its mark on the card and in the CSV, and is not judged', async ({ page }) => {
  // Shaoxing's H1 2024 GDP (3823亿元, 7.0%) comes only from a secondary aggregator.
  await page.goto('/economy?period=2024H1');
  const level = page.getByTestId('kpi-gdp-level');
  await expect(level).toHaveAttribute('data-reliability', 'secondary');
  await expect(level.getByTestId('secondary-marker')).toHaveText('二手来源');
  await expect(page.getByTestId('kpi-gdp-growth').getByTestId('secondary-marker')).toBeVisible();
  await expect(page.getByTestId('kpi-gdp-target')).toHaveAttribute('data-met', 'unknown');
  // The chart's source line names the aggregator, marked.
  const sourceLine = page.getByTestId('trend-gdp').getByTestId('source-line');
  await expect(sourceLine).toContainText('问小白');
  await expect(sourceLine.getByTestId('secondary-marker').first()).toBeVisible();

  const panel = page.getByTestId('trend-gdp');
  const [download] = await Promise.all([page.waitForEvent('download'), panel.getByTestId('trend-gdp-csv').click()]);
  const csv = (await readFile((await download.path())!)).toString('utf8');
  const h1 = csv.split('\r\n').find((line) => line.startsWith('2024年上半年'));
  expect(h1).toContain('已发布（二手来源）');
  expect(h1).toContain('问小白');
  const q1 = csv.split('\r\n').find((line) => line.startsWith('2024年一季度'));
  expect(q1).not.toContain('二手来源');
  // Sources by title · issuer · date, never by the dataset's file names.
  expect(q1).toContain('未署名');
  expect(csv).not.toMatch(/\d{3}_[0-9a-f]+\.txt/);
});
