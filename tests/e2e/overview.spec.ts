import type { Page } from '@playwright/test';
import { chartsNotReady, expect, test } from './fixtures';

const HEADLINE = [
  'gdp',
  'industrial_value_added',
  'fixed_asset_investment',
  'retail_sales',
  'exports',
  'general_public_budget_revenue',
  'disposable_income',
  'urban_disposable_income',
  'rural_disposable_income',
];

interface ApiFigure {
  id: string;
  indicator: string;
  measure: string;
  value: number;
  status: string;
}

async function apiFigures(page: Page, query: string): Promise<Map<string, ApiFigure>> {
  const response = await page.request.get(`/api/v1/observations?${query}`);
  expect(response.ok()).toBe(true);
  const body = (await response.json()) as { data: ApiFigure[] };
  return new Map(body.data.map((o) => [o.id, o]));
}

/** The value as the page writes it in Chinese, digit grouping aside: +7.8%, 3823亿元, 40629元, 居全省第1位. */
function written(figure: ApiFigure): string {
  if (figure.measure === 'growth') return `${figure.value > 0 ? '+' : ''}${figure.value.toFixed(1)}%`;
  if (figure.measure === 'rank') return `第${figure.value}位`;
  return String(figure.value);
}

test('the headline table shows the API’s figures of the area and period, each with its source', async ({ page }) => {
  await page.goto('/overview?period=2024Q1');
  await expect(page.getByTestId('overview-headline')).toBeVisible();
  const api = await apiFigures(page, `region=330600&period=2024Q1&indicator=${HEADLINE.join(',')}`);
  let shown = 0;
  for (const indicator of HEADLINE) {
    for (const column of ['level', 'growth', 'rank']) {
      const cell = page.getByTestId(`overview-${indicator}-${column}`);
      const id = await cell.getAttribute('data-observation');
      if (id === null) {
        await expect(cell).toHaveAttribute('data-status', 'missing');
        continue;
      }
      const figure = api.get(id);
      expect(figure, `${indicator} ${column}: ${id} is one of the API's figures`).toBeDefined();
      expect(figure!.indicator).toBe(indicator);
      expect((await cell.innerText()).replace(/,/g, '')).toContain(written(figure!));
      await expect(cell).toHaveAttribute('data-status', figure!.status);
      await expect(cell.getByTestId('source-trigger').first()).toBeVisible();
      shown += 1;
    }
  }
  expect(shown).toBeGreaterThan(5);
  // 2024Q1: GDP +7.8% (seed 000), first in Zhejiang, on course for the 6.5% target.
  await expect(page.getByTestId('overview-gdp-growth')).toContainText('+7.8%');
  await expect(page.getByTestId('overview-gdp-light')).toHaveAttribute('data-light', 'green');
  await page.getByTestId('overview-gdp-growth').getByTestId('source-trigger').hover();
  await expect(page.getByRole('tooltip')).toBeVisible();
  // The target a light judges is cited too: the work report.
  await page.getByTestId('overview-gdp-light').getByTestId('source-trigger').first().focus();
  await expect(page.getByTestId('overview-gdp-light').getByRole('tooltip')).toContainText('绍兴市人民政府');
});

test('the table reads a change of rate on the previous cumulative period, a first quarter on a year earlier', async ({
  page,
}) => {
  // 2024H1 GDP +7.0% (second-hand) against 2024Q1's +7.8%; the briefing keeps 比上年同期 (2023H1 +7.9%).
  await page.goto('/overview?period=2024H1');
  const headline = page.getByTestId('overview-headline');
  await expect(headline.getByRole('columnheader', { name: '比一季度' })).toBeVisible();
  await expect(page.getByTestId('overview-gdp-change')).toContainText('回落0.8个百分点');
  await expect(page.getByTestId('overview-gdp-change')).toHaveAttribute('data-secondary', 'true');
  // A first quarter has no earlier period in its year: the column says it compares with a year earlier.
  await page.goto('/overview?period=2024Q1&lang=en');
  await expect(headline.getByRole('columnheader', { name: 'On a year earlier' })).toBeVisible();
  await expect(page.getByTestId('overview-gdp-change')).toContainText('pp slower');
});

test('a period outside 2024 lights nothing and says once that no target applies', async ({ page }) => {
  await page.goto('/overview?period=2023FY');
  await expect(page.getByTestId('overview-headline')).toBeVisible();
  for (const indicator of HEADLINE) await expect(page.getByTestId(`overview-${indicator}`)).toBeVisible();
  // No target column of nine rows saying the same: one line under the table.
  await expect(page.locator('[data-light]')).toHaveCount(0);
  await expect(page.getByTestId('overview-headline').getByRole('columnheader', { name: /2024年目标/ })).toHaveCount(0);
  await expect(page.getByTestId('overview-no-targets')).toContainText('不在2024年');
});

test('no light is lit from a second-hand or illustrative figure', async ({ page }) => {
  await page.goto('/overview?period=2024H1');
  await expect(page.getByTestId('overview-headline')).toBeVisible();
  for (const indicator of HEADLINE) {
    const growth = page.getByTestId(`overview-${indicator}-growth`);
    const light = page.getByTestId(`overview-${indicator}-light`);
    const unjudgeable =
      (await growth.getAttribute('data-status')) === 'illustrative' ||
      (await growth.getAttribute('data-secondary')) === 'true';
    if (unjudgeable) await expect(light.locator('[data-testid$="-light-figure"]')).toHaveCount(0);
    const lit = await light.getAttribute('data-light');
    if (lit !== 'none') {
      await expect(light.getByTestId(`overview-${indicator}-light-figure`)).toHaveAttribute('data-status', 'published');
      await expect(light.getByTestId(`overview-${indicator}-light-figure`)).not.toHaveAttribute('data-secondary');
    }
  }
  // 2024H1's GDP growth is second-hand only: shown marked, not judged.
  await expect(page.getByTestId('overview-gdp-growth')).toHaveAttribute('data-secondary', 'true');
  await expect(page.getByTestId('overview-gdp-light')).toHaveAttribute('data-light', 'none');
});

test('the overview is first in the navigation and fits one 1920×1080 screen', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('/overview?period=2024Q1');
  await expect(page.getByTestId('overview-headline')).toBeVisible();
  const nav = page.getByRole('navigation').getByRole('link');
  await expect(nav.first()).toHaveAttribute('href', /\/overview/);
  const bottom = await page.getByTestId('overview-headline').evaluate((el) => el.getBoundingClientRect().bottom);
  expect(bottom).toBeLessThanOrEqual(1080);
});

test('the briefing writes the API’s figures in the release’s words, and the copy button puts it on the clipboard', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/overview?period=2024Q1');
  const briefing = page.getByTestId('overview-briefing');
  await expect(briefing).toBeVisible();
  const api = await apiFigures(page, `region=330600&period=2024Q1&indicator=${HEADLINE.join(',')}`);
  // seed 000: 一季度 GDP +7.8%, first in Zhejiang.
  await expect(briefing).toContainText('2024年一季度，全市地区生产总值按可比价格计算同比增长7.8%，增速居全省第1位');
  const figures = briefing.getByTestId('briefing-figure');
  expect(await figures.count()).toBeGreaterThan(1);
  for (const figure of await figures.all()) {
    const id = await figure.getAttribute('data-observation');
    const observation = api.get(id ?? '');
    expect(observation, `${id} is one of the API's figures`).toBeDefined();
    // Illustrative figures are never written into the text.
    expect(observation!.status).toBe('published');
  }
  await expect(briefing).toContainText('示意数据不写入简析');

  const paragraphs = (await briefing.locator('p').allInnerTexts()).join('\n');
  await page.getByTestId('briefing-copy').click();
  await expect(page.getByTestId('briefing-copy-status')).toHaveText('已复制到剪贴板');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(paragraphs);

  await page.getByRole('button', { name: 'English' }).click();
  await expect(briefing).toContainText(
    "In the first quarter of 2024, the city's GDP grew by 7.8% year on year at comparable prices, ranking 1st in the province by growth.",
  );
});

test('alerts list a red light with its rule and figure, and the legend gives the thresholds', async ({ page }) => {
  await page.goto('/overview?period=2024Q1');
  const alerts = page.getByTestId('overview-alerts');
  await expect(alerts).toBeVisible();
  // Q1 2024: budget revenue +3.3% against GDP +7.8%, the target of growing in step with the economy.
  const revenue = alerts.locator(
    '[data-testid="alert"][data-rule="target"][data-indicator="general_public_budget_revenue"]',
  );
  await expect(revenue).toContainText('+3.3%');
  await expect(page.getByTestId('overview-general_public_budget_revenue-light')).toHaveAttribute('data-light', 'red');
  await expect(revenue.getByTestId('alert-figure')).toHaveAttribute('data-status', 'published');
  await expect(page.getByTestId('alerts-legend')).toContainText('回落1个百分点及以上');
  // Every alert is one of the red lights or a rule on first-hand figures: none from a marked figure.
  await expect(alerts.locator('[data-testid="alert-figure"][data-status="illustrative"]')).toHaveCount(0);
  await expect(alerts.locator('[data-testid="alert-figure"][data-secondary="true"]')).toHaveCount(0);
});

test('the 11-city table lists the API’s published figures, Shaoxing highlighted, missing cities left missing', async ({
  page,
}) => {
  // The full chart panel, with its table view (at 1920 × 1080 the compact table-chart stands in).
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('/overview?period=2024FY');
  const regions = await page.request.get('/api/v1/regions?scope=zhejiang-cities');
  const others = ((await regions.json()) as { data: { id: string }[] }).data.map((r) => r.id);
  expect(others).toHaveLength(10);
  const cities = [...others, '330600'].sort();
  const api = await apiFigures(
    page,
    `region=${[...cities, '330000'].join(',')}&period=2024FY&indicator=gdp&measure=growth&status=published`,
  );
  // One growth figure per area here (the API's; a second-hand nominal rate is shown marked as such).
  const growthOf = new Map([...api.values()].map((o) => [(o as ApiFigure & { region: string }).region, o]));
  expect(growthOf.size).toBe(api.size);

  const panel = page.getByTestId('cities');
  await panel.getByRole('button', { name: '表格' }).click();
  const table = page.getByTestId('cities-table');
  await expect(table).toBeVisible();
  await expect(table.locator('tbody tr')).toHaveCount(12);
  await expect(table.locator('tr[data-row="330600"]')).toHaveClass(/highlighted/);
  for (const region of [...cities, '330000']) {
    const cell = table.locator(`tr[data-row="${region}"] td[data-column="gdp-growth"]`);
    const figure = growthOf.get(region);
    if (figure?.id === 'gdp-330600-2024fy-growth') await expect(cell).toContainText('名义，二手来源');
    if (figure) expect((await cell.innerText()).trim(), region).toContain(written(figure));
    else await expect(cell, `${region} has no published figure`).toHaveAttribute('data-status', 'missing');
  }
  // Never illustrative: the whole section asks for published figures.
  expect(await table.locator('[data-status="illustrative"]').count()).toBe(0);
});

test('the Word download is a .docx named by page, region, period and language, holding the briefing', async ({
  page,
}) => {
  await page.goto('/overview?period=2024Q1&lang=en');
  const briefing = page.getByTestId('overview-briefing');
  await expect(briefing).toContainText("the city's GDP grew by 7.8%");
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('briefing-docx').click()]);
  expect(download.suggestedFilename()).toMatch(/^shaoxing-overview-briefing-330600-2024Q1-en-data[0-9-]+\.docx$/);
  const path = await download.path();
  const { unzipSync, strFromU8 } = await import('fflate');
  const { readFile } = await import('node:fs/promises');
  const files = unzipSync(new Uint8Array(await readFile(path)));
  const text = [...strFromU8(files['word/document.xml']!).matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
    .map((m) =>
      m[1]!
        .replace(/&apos;/g, "'")
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, '&'),
    )
    .join('');
  expect(text).toContain("In the first quarter of 2024, the city's GDP grew by 7.8% year on year");
  expect(files['word/footnotes.xml']).toBeDefined();
});

test('wall mode plays the overview, a 县级市 written as 全市', async ({ page }) => {
  // The wall starts on the link's own view and moves through the playlist from there.
  await page.goto('/overview?region=330681&period=2024FY&mode=wall&views=overview:330681:2024FY,economy&interval=30');
  await expect(page).toHaveURL(/\/overview\?/);
  await expect(page.getByTestId('wall-progress')).toBeVisible();
  await expect(page.getByTestId('overview-context')).toContainText('诸暨市');
  await expect(page.getByTestId('overview-context')).toContainText('2024年全年');
  await expect(page.getByTestId('overview-briefing')).toContainText('2024年全年，全市');
});

/** Cells of the page whose text runs past their box (cut off rather than wrapped). */
function truncatedCells(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.overview-view td, .overview-view th, .overview-view li')]
      .filter((cell) => cell.getBoundingClientRect().width > 0 && cell.scrollWidth > cell.clientWidth + 1)
      .map((cell) => cell.textContent?.slice(0, 40) ?? '')
      // A table wider than its card runs its last column off the card.
      .concat(
        [...document.querySelectorAll<HTMLElement>('.overview-view table')]
          .filter(
            (table) => table.getBoundingClientRect().right > table.closest('.card')!.getBoundingClientRect().right,
          )
          .map((table) => table.className),
      ),
  );
}

async function overviewSettled(page: Page): Promise<void> {
  await expect(page.getByTestId('overview-headline')).toBeVisible();
  await expect(page.getByTestId('overview-alerts')).toBeVisible();
  await expect(page.getByTestId('cities-strip')).toBeVisible();
  await expect(page.locator('.state--loading')).toHaveCount(0);
}

/**
 * The periods that fill the overview most (measured over every offered period: the full year and the
 * first half of 2024, with targets, places, second-hand marks and the 11 cities, made the tallest
 * pages in both languages), and 2024Q1 and 2023FY, the two the layout was first drawn for.
 */
const FIT_PERIODS = ['2024Q1', '2023FY', '2024H1', '2024FY'] as const;

for (const lang of ['zh-CN', 'en']) {
  for (const period of FIT_PERIODS) {
    test(`at 1920 × 1080 (${lang}, ${period}) the whole overview is on one screen at reading size, nothing cut off`, async ({
      page,
    }) => {
      await page.goto(`/overview?period=${period}&lang=${lang}&theme=light`);
      await overviewSettled(page);
      const fit = await page.evaluate(() => ({
        height: document.scrollingElement!.scrollHeight,
        screen: window.innerHeight,
        cities: document.querySelector('[data-testid="cities-strip"]')!.getBoundingClientRect().bottom,
        // Body text: the table's names and figures, the briefing, the cities' names (small print such
        // as legends and marks aside).
        bodyFont: Math.min(
          ...[
            ...document.querySelectorAll(
              '.overview-table tbody th, .overview-table td:not(.overview-table__target) > .overview-figure .overview-figure__value, .overview-briefing__paragraph, .overview-strip tbody th',
            ),
          ].map((element) => parseFloat(getComputedStyle(element).fontSize)),
        ),
      }));
      expect(fit.height).toBeLessThanOrEqual(fit.screen);
      expect(fit.cities).toBeLessThanOrEqual(fit.screen);
      expect(fit.bodyFont).toBeGreaterThanOrEqual(14);
      expect(await truncatedCells(page)).toEqual([]);
    });
  }
}

test('at 1366 × 768 the overview may scroll, with the full 11-city chart panel', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('/overview?period=2024FY');
  await expect(page.getByTestId('cities')).toBeVisible();
  await expect(page.getByTestId('cities-strip')).toBeHidden();
  expect(await truncatedCells(page)).toEqual([]);
});

for (const lang of ['zh-CN', 'en']) {
  for (const period of FIT_PERIODS) {
    test(`printing the overview (${lang}, ${period}) gives one A4 landscape page`, async ({ page }) => {
      await page.goto(`/overview?period=${period}&lang=${lang}`);
      await overviewSettled(page);
      await page.emulateMedia({ media: 'print' });
      await expect(page.getByTestId('cities-strip')).toBeVisible();
      // Every chart laid out in print is drawn, inside the printed width.
      await expect.poll(() => chartsNotReady(page, 'page')).toBe(0);
      const outside = await page.evaluate(() => {
        const app = document.querySelector('.app')!.getBoundingClientRect();
        return [...document.querySelectorAll('.overview-view *')]
          .filter((element) => {
            const box = element.getBoundingClientRect();
            return box.width > 0 && (box.right > app.right + 1 || box.left < app.left - 1);
          })
          .map((element) => element.className || element.tagName);
      });
      expect(outside).toEqual([]);
      const pdf = await page.pdf({ format: 'A4', landscape: true, printBackground: true });
      expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length).toBe(1);
    });
  }
}

test('in presenter mode the headline table is split across slides, never cut, in either language', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  for (const lang of ['zh-CN', 'en'] as const) {
    await page.goto(`/overview?period=2024Q1&mode=present&lang=${lang}`);
    await expect(page.locator('[data-slide-active] [data-testid="overview-headline"]')).toBeVisible();
    const slides = await page.locator('.overview-view__headline[data-slide]').count();
    expect(slides, lang).toBeGreaterThan(1);
    const shown = new Set<string>();
    for (let index = 0; index < slides; index++) {
      const active = page.locator('[data-slide-active]');
      await expect(active.locator('[data-testid="overview-headline"]')).toBeVisible();
      // Every row of the slide lies inside the screen.
      const rows = await active
        .locator('[data-testid="overview-headline"] tbody tr')
        .evaluateAll((trs) =>
          trs.map((tr) => ({ id: tr.getAttribute('data-testid') ?? '', bottom: tr.getBoundingClientRect().bottom })),
        );
      for (const row of rows) {
        expect(row.bottom, `${lang} ${row.id}`).toBeLessThanOrEqual(768);
        shown.add(row.id);
      }
      await page.keyboard.press('ArrowRight');
    }
    // Every headline indicator appears on some slide.
    expect(shown.size, lang).toBe(9);
  }
});
