/**
 * Hostile text from the API stays text: markup in names, units, source titles and quotes, and
 * target texts never becomes an element (on the page, in chart tooltips, in the CSV export); a very
 * long name never widens the page; a right-to-left override in a name does not reorder the app's
 * own digits beside it. The API's real answers are taken and their texts replaced, so the bodies
 * keep the contract's wire format (figures cite sources and quotes by reference).
 */
import { readFile } from 'node:fs/promises';
import type { Page, Route } from '@playwright/test';
import { expect, openTooltip, test } from './fixtures';

const IMG = '<img src=x onerror=window.__xss=1>';
const SVG = '<svg onload=window.__xss=1>';
const SCRIPT = '<script>window.__xss=1</script>';
const LONG = '长'.repeat(5_000);
/** RIGHT-TO-LEFT OVERRIDE, then a name. */
const RLO = '\u202e';

type Text = { zh: string; en: string };
type Json = Record<string, unknown>;

const hostile = (text: Text, extra: string): Text => ({ zh: `${text.zh}${extra}`, en: `${text.en}${extra}` });

/** Replaces the texts of one API body: every kind of string the app shows. */
function poison(path: string, body: Json): Json {
  const data = body.data as Json[] | Json;
  if (path.endsWith('/regions') && Array.isArray(data)) {
    for (const region of data) {
      const name = region.name as Text;
      if (region.id === '330602') region.name = { zh: `${RLO}${name.zh}${IMG}`, en: `${RLO}${name.en}${IMG}` };
      else if (region.id === '330603') region.name = hostile(name, LONG);
      else region.name = hostile(name, SVG);
    }
  }
  if (path.endsWith('/indicators') && Array.isArray(data)) {
    for (const indicator of data) {
      indicator.name = hostile(indicator.name as Text, SCRIPT);
      indicator.definition = hostile(indicator.definition as Text, IMG);
      // Units were the field a sweep once found unescaped in tooltips.
      indicator.unit = `${String(indicator.unit)}${IMG}`;
    }
  }
  const items = Array.isArray(data)
    ? data
    : [...((data.targets as Json[] | undefined) ?? []), ...((data.progress as Json[] | undefined) ?? [])];
  if (path.endsWith('/observations') || path.endsWith('/targets')) {
    for (const item of items) {
      if (typeof item.unit === 'string') item.unit = `${item.unit}${SVG}`;
      const observation = item.observation as Json | null | undefined;
      if (observation && typeof observation.unit === 'string') observation.unit = `${observation.unit}${IMG}`;
      if (typeof item.note === 'object' && item.note) item.note = hostile(item.note as Text, SVG);
      if (typeof item.text === 'object' && item.text) item.text = hostile(item.text as Text, IMG);
    }
  }
  if (body.sources && typeof body.sources === 'object') {
    for (const source of Object.values(body.sources as Record<string, Json>)) {
      if (typeof source.title === 'string') source.title = `${source.title}${IMG}${LONG}`;
    }
  }
  if (Array.isArray(body.quotes)) body.quotes = body.quotes.map((quote: string) => `${quote}${SVG}`);
  return body;
}

async function underAttack(page: Page): Promise<void> {
  await page.route('**/api/v1/**', async (route: Route) => {
    const response = await route.fetch();
    const type = response.headers()['content-type'] ?? '';
    if (!response.ok() || !type.includes('json')) return route.fulfill({ response });
    const path = new URL(route.request().url()).pathname;
    await route.fulfill({ response, json: poison(path, (await response.json()) as Json) });
  });
}

/** Nothing from the API became an element, no script ran, and the page is no wider than the window. */
async function expectInert(page: Page): Promise<void> {
  expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
  await expect(page.locator('img[src="x"], svg[onload], img[onerror], body script:not([src])')).toHaveCount(0);
  const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, inner: innerWidth }));
  expect(widths.scroll).toBeLessThanOrEqual(widths.inner);
}

/** The visual x of each character of `text` within the element: increasing when read in order. */
function glyphPositions(page: Page, testId: string, text: string): Promise<number[]> {
  return page.getByTestId(testId).evaluate((element, wanted) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(wanted);
      if (at < 0) continue;
      return [...wanted].map((_, i) => {
        const range = document.createRange();
        range.setStart(node, at + i);
        range.setEnd(node, at + i + 1);
        return range.getBoundingClientRect().left;
      });
    }
    return [];
  }, text);
}

test.beforeEach(async ({ page }) => {
  await underAttack(page);
});

test('economy: hostile names and units stay text, and the period reads in order beside an RTL name', async ({
  page,
}) => {
  await page.goto('/economy?period=2024Q1&region=330602');
  await expect(page.getByTestId('kpi-gdp')).toBeVisible();
  // The name is shown, its markup as characters; the override is gone.
  const context = page.getByTestId('kpi-gdp-context');
  await expect(context).toContainText(IMG);
  await expect(context).toContainText('2024年一季度');
  expect(await context.textContent()).not.toContain(RLO);
  const positions = await glyphPositions(page, 'kpi-gdp-context', '2024');
  expect(positions).toHaveLength(4);
  expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  await expect(page.locator('#kpi-gdp-title')).toContainText(SCRIPT);

  const tooltip = await openTooltip(page, '[data-testid="kpi-gdp"] figure.echart');
  expect(tooltip).not.toBe('');
  // The trend's tooltip gives the level in the indicator's unit: the hostile unit, as characters.
  expect(await openTooltip(page, 'figure[data-testid="trend-gdp-chart"]')).toContain('<img src=x');
  await expectInert(page);
});

test('counties: map, ranking and table tooltips, and the CSV export, hold the hostile texts as text', async ({
  page,
}) => {
  await page.goto('/counties?period=2024FY');
  await expect(page.getByTestId('counties-page')).toBeVisible();
  const tooltip = await openTooltip(page, 'figure[data-testid="counties-map-chart"]');
  expect(tooltip).toMatch(/<svg onload|<img src=x|长长长/);
  for (const selector of ['[data-testid="counties-page"] figure.echart']) {
    const figures = page.locator(selector);
    for (let i = 0; i < (await figures.count()); i++) {
      await openTooltip(page, `${selector} >> nth=${i}`);
    }
  }
  await expectInert(page);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('counties-table-csv').click()]);
  const csv = (await readFile((await download.path())!)).toString('utf8');
  expect(csv).toContain(IMG);
  expect(csv).not.toContain(RLO);
  await expectInert(page);
});

test('targets: hostile target texts, source titles and quotes stay text in the list and the source popover', async ({
  page,
}) => {
  await page.goto('/targets?period=2024Q1');
  await expect(page.getByTestId('targets-overview')).toBeVisible();
  const gdp = page.locator('[data-testid="target-row"][data-target="t2024-main-gdp"]');
  await expect(gdp).toContainText(IMG);
  await gdp.getByTestId('source-trigger').focus();
  const popover = gdp.getByRole('tooltip');
  await expect(popover).toContainText(SVG);
  await expectInert(page);

  await page.goto('/targets?period=2024Q1&target=t2024-main-gdp');
  await expect(page.getByTestId('target-detail')).toBeVisible();
  await openTooltip(page, '[data-testid="target-detail-trend"] figure.echart');
  await expectInert(page);
});
