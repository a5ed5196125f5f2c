/**
 * Meeting-grade output (charts without collisions, nothing cut off, exports an office can file), in
 * both languages, at 1920×1080 and 1366×768 (charts also at 125% scaling), in every theme.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { chartCollisions, chartReady, expect, test, viewSettled } from './fixtures';

const SIZES = [
  [1920, 1080],
  [1366, 768],
] as const;
/** 1920×1080 at 125% display scaling leaves 1536×864 CSS pixels. */
const CHART_SIZES = [...SIZES, [1536, 864]] as const;
const LANGUAGES = ['zh-CN', 'en'] as const;
const THEMES = ['light', 'projector', 'dark'] as const;
/** Views with every kind of chart: trends with targets and illustrative points, sparklines, structure; ranking, map, scatter; a target's trend. */
const VIEWS = [
  '/economy?period=2024Q1',
  '/economy?region=330681&period=2024H1',
  '/counties?period=2024Q1&indicator=gdp&measure=growth-real',
  '/counties?period=2024FY',
  '/targets?period=2024Q1&target=t2024-main-gdp',
];

/** Draws every chart of the page (they are created near the viewport) and returns their figures. */
async function drawAll(page: Page) {
  await expect(page.locator('main')).toBeVisible();
  await expect(page.locator('.state--loading')).toHaveCount(0);
  const figures = page.locator('figure.echart');
  await expect(figures.first()).toBeAttached();
  const count = await figures.count();
  for (let i = 0; i < count; i++) await chartReady(figures.nth(i));
  return figures;
}

for (const theme of THEMES) {
  for (const [width, height] of CHART_SIZES) {
    test(`no chart label sits on another, on a bar or on a tick (${theme} theme, ${width}×${height})`, async ({
      page,
    }) => {
      test.slow();
      await page.setViewportSize({ width, height });
      for (const lang of LANGUAGES) {
        for (const view of VIEWS) {
          await page.goto(`${view}&lang=${lang}&theme=${theme}`);
          const figures = await drawAll(page);
          const found: string[] = [];
          for (let i = 0; i < (await figures.count()); i++) {
            const figure = figures.nth(i);
            const name = (await figure.getAttribute('aria-label')) ?? `chart ${i}`;
            for (const collision of await chartCollisions(figure)) found.push(`${name}: ${collision}`);
          }
          expect(found, `${view} ${lang}`).toEqual([]);
        }
      }
    });
  }
}

test('the collision check sees a label on a bar', async ({ page }) => {
  // The check itself must be able to fail: a label forced onto the bars of a drawn chart is found.
  await page.goto('/counties?period=2024FY');
  const figure = page.getByTestId('counties-ranking-chart');
  await chartReady(figure);
  await figure.evaluate((element) => {
    const chart = window.__chartOf!(element)!;
    // An axis name moved into the plot, over the bars and the value labels.
    chart.setOption({
      xAxis: {
        name: 'XXXXXXXXXXXXXXXXXXXXXXXX',
        nameLocation: 'middle',
        nameGap: -160,
        nameTextStyle: { fontSize: 80 },
      },
    });
  });
  const found = await chartCollisions(figure);
  expect(found.some((c) => c.startsWith('"XXXXXXXXXXXXXXXXXXXXXXXX" on a bar'))).toBe(true);
});

test('no badge, header or button is cut off, in either language at either width', async ({ page }) => {
  test.slow();
  for (const [width, height] of SIZES) {
    await page.setViewportSize({ width, height });
    for (const lang of LANGUAGES) {
      for (const path of ['/economy?period=2024Q1', '/counties?period=2024FY', '/targets?period=2024Q1']) {
        await page.goto(`${path}&lang=${lang}`);
        await viewSettled(page);
        const cut = await page.evaluate(() =>
          [
            ...document.querySelectorAll<HTMLElement>(
              'button, th, .status-badge, .chart-panel__title, .target-table td, .data-table td',
            ),
          ]
            .filter((el) => el.getClientRects().length > 0 && el.clientWidth > 0)
            .filter((el) => el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1)
            // A table wider than its box scrolls (and says so); its cells are not cut.
            .map((el) => `${el.tagName.toLowerCase()}.${el.className}: "${el.textContent?.trim().slice(0, 40)}"`),
        );
        expect(cut, `${path} ${lang} ${width}×${height}`).toEqual([]);
        // Headers of the county table wrap to three lines at most.
        if (path.startsWith('/counties')) {
          const lines = await page
            .getByTestId('counties-table-grid')
            .locator('thead th')
            .evaluateAll((cells) =>
              cells.map((cell) => {
                const style = getComputedStyle(cell);
                const text = cell.querySelector('button') ?? cell;
                return Math.round(text.getBoundingClientRect().height / parseFloat(style.lineHeight || '20'));
              }),
            );
          expect(Math.max(...lines), `${lang} ${width}`).toBeLessThanOrEqual(3);
        }
      }
    }
  }
});

test('a wide table says it scrolls', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('/counties?period=2024FY&lang=en');
  await expect(page.getByTestId('counties-table-grid-scroll-hint')).toContainText('scroll sideways');
});

/** RFC 4180 fields of one line (quotes doubled inside quoted fields). */
function fields(line: string): string[] {
  const out: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted && c === '"' && line[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (c === ',' && !quoted) {
      out.push(field);
      field = '';
    } else {
      field += c;
    }
  }
  out.push(field);
  return out;
}

test('export file names say page, subject, region, period, language and data date; Q1 and H1 differ', async ({
  page,
}) => {
  const names: string[] = [];
  for (const [period, lang] of [
    ['2024Q1', 'zh-CN'],
    ['2024H1', 'zh-CN'],
    ['2024Q1', 'en'],
  ] as const) {
    await page.goto(`/economy?period=${period}&lang=${lang}`);
    const panel = page.getByTestId('trend-gdp');
    await chartReady(page.getByTestId('trend-gdp-chart'));
    for (const kind of ['csv', 'png'] as const) {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        panel.getByTestId(`trend-gdp-${kind}`).click(),
      ]);
      names.push(download.suggestedFilename());
    }
  }
  const short = (lang: string) => (lang === 'en' ? 'en' : 'zh');
  expect(names).toEqual(
    [
      ['2024Q1', 'zh-CN'],
      ['2024H1', 'zh-CN'],
      ['2024Q1', 'en'],
    ].flatMap(([period, lang]) =>
      ['csv', 'png'].map((ext) => `shaoxing-economy-gdp-trend-330600-${period}-${short(lang!)}-data2026-03-01.${ext}`),
    ),
  );
  expect(new Set(names).size).toBe(names.length);
});

test('the map PNG carries its title, period, sources, marks and the map disclaimer', async ({ page }) => {
  // Record the text the export draws onto its canvas.
  await page.addInitScript(() => {
    const drawn: string[] = [];
    (window as unknown as { __drawn: string[] }).__drawn = drawn;
    const fillText = CanvasRenderingContext2D.prototype.fillText;
    CanvasRenderingContext2D.prototype.fillText = function (text, ...rest) {
      drawn.push(String(text));
      return fillText.call(this, text, ...rest);
    };
  });
  await page.goto('/counties?period=2024FY');
  const panel = page.getByTestId('counties-map');
  await chartReady(page.getByTestId('counties-map-chart'));
  await page.evaluate(() => ((window as unknown as { __drawn: string[] }).__drawn.length = 0));
  const [download] = await Promise.all([page.waitForEvent('download'), panel.getByTestId('counties-map-png').click()]);
  expect(download.suggestedFilename()).toBe('shaoxing-counties-gdp-level-map-2024FY-zh-data2026-03-01.png');
  const text = (await page.evaluate(() => (window as unknown as { __drawn: string[] }).__drawn.join(''))).replace(
    /\s/g,
    '',
  );
  const credit = (await page.getByTestId('counties-map-credit').innerText()).replace(/\s/g, '');
  expect(text).toContain(credit);
  expect(text).toContain('2024年全年');
  expect(text).toContain('来源');
  expect(text).toContain('二手来源');
});

test('CSVs hold numbers as numbers: figures parse back, nothing escaped as a formula', async ({ page }) => {
  await page.goto('/counties?period=2024FY&lang=en');
  const panel = page.getByTestId('counties-ranking');
  await chartReady(page.getByTestId('counties-ranking-chart'));
  const [ranking] = await Promise.all([
    page.waitForEvent('download'),
    panel.getByTestId('counties-ranking-csv').click(),
  ]);
  const lines = (await readFile((await ranking.path())!, 'utf8')).slice(1).trimEnd().split('\r\n').map(fields);
  const [header, ...rows] = lines;
  const valueColumn = header!.findIndex((h) => /¥bn|level/i.test(h));
  expect(valueColumn).toBeGreaterThan(0);
  const values = rows.map((row) => row[valueColumn]!).filter((v) => v !== '');
  expect(values.length).toBeGreaterThan(0);
  for (const value of values) expect(Number.isFinite(Number(value)), value).toBe(true);

  await page.goto('/targets?period=2024Q1&lang=en');
  const [targets] = await Promise.all([page.waitForEvent('download'), page.getByTestId('targets-export').click()]);
  expect(targets.suggestedFilename()).toMatch(/^shaoxing-targets-2024-.*-2024Q1-en-data2026-03-01\.csv$/);
  const csv = await readFile((await targets.path())!, 'utf8');
  expect(csv).not.toMatch(/(^|,)'[+-]/m);
  const table = csv.slice(1).trimEnd().split('\r\n').map(fields);
  const compared = table[0]!.findIndex((h) => h.startsWith('Compared with'));
  const comparedValues = table
    .slice(1)
    .map((row) => row[compared]!)
    .filter((v) => v !== '');
  expect(comparedValues.length).toBeGreaterThan(0);
  for (const value of comparedValues) expect(Number.isFinite(Number(value)), value).toBe(true);
});

test('a chart follows the language and the theme switched on the page: locale, screen-reader text, colours', async ({
  page,
}) => {
  await page.goto('/economy?period=2024Q1');
  const figure = page.getByTestId('trend-gdp-chart');
  await chartReady(figure);
  const read = () =>
    figure.evaluate((element) => {
      const chart = window.__chartOf!(element) as unknown as {
        getModel(): { getLocaleModel(): { get(path: string[]): string[] } };
        getDom(): HTMLElement;
        getOption(): { series: { itemStyle?: { color?: string } }[] };
      };
      return {
        month: chart.getModel().getLocaleModel().get(['time', 'month'])[0],
        aria: chart.getDom().getAttribute('aria-label') ?? '',
        bars: chart.getOption().series[0]!.itemStyle?.color,
      };
    });
  const zh = await read();
  expect(zh.month).toBe('一月');
  expect(zh.aria).toContain('地区生产总值');

  await page.getByRole('button', { name: 'English' }).click();
  await expect.poll(async () => (await read()).month).toBe('January');
  expect((await read()).aria).toContain('Gross domestic product');

  // The theme switches on the same chart (setTheme), without creating it anew.
  const id = () => figure.evaluate((element) => (window.__chartOf!(element) as unknown as { id: string }).id);
  const before = await id();
  await page.getByTestId('theme-switch').selectOption('dark');
  await expect.poll(async () => (await read()).bars).not.toBe(zh.bars);
  expect(await id()).toBe(before);
});
