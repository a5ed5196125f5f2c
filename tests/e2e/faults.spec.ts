/**
 * What the pages do when the API misbehaves, and with hostile links. The mock server runs with
 * `--faults` (playwright.config.ts): each test sets faults on POST /__faults (mock/faults.ts) and
 * removes them to see the retry recover. Every test also checks that nothing absurd reached the
 * screen or the accessibility tree.
 */
import type { APIRequestContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import type { Fault, FaultRule } from '../../mock/faults';

const ABSURD = /NaN|Infinity|∞|undefined|\[object Object\]/;

async function setFault(request: APIRequestContext, rule: FaultRule): Promise<void> {
  expect((await request.post('/__faults', { data: rule })).status()).toBe(201);
}

async function clearFaults(request: APIRequestContext): Promise<void> {
  expect((await request.delete('/__faults')).status()).toBe(204);
}

/**
 * Nothing absurd in the text of the page or in any aria-label. `charts: false` leaves out the
 * descriptions ECharts writes itself (inside `.echart__canvas`), which still read "NaN" for a missing
 * point: see the test 'chart descriptions' below.
 */
async function expectNothingAbsurd(page: Page, { charts = false } = {}): Promise<void> {
  const text = await page.evaluate(() => document.body.innerText);
  expect(text).not.toMatch(ABSURD);
  const labels = await page.evaluate(
    (withCharts) =>
      [...document.querySelectorAll('[aria-label]')]
        .filter((e) => withCharts || !e.closest('.echart__canvas'))
        .map((e) => e.getAttribute('aria-label') ?? ''),
    charts,
  );
  for (const label of labels) expect(label).not.toMatch(ABSURD);
}

/** No page wider than its window. */
async function expectNoOverflow(page: Page): Promise<void> {
  const [scrollWidth, innerWidth] = await page.evaluate(() => [
    document.documentElement.scrollWidth,
    window.innerWidth,
  ]);
  expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
}

test.beforeEach(async ({ request, page }) => {
  await clearFaults(request);
  // A short client timeout, so that the timeout faults answer within a test.
  await page.route('**/config.json', (route) =>
    route.fulfill({ json: { apiBaseUrl: '/api/v1', requestTimeoutMs: 1500 } }),
  );
});

test.afterEach(async ({ request }) => {
  await clearFaults(request);
});

const INVALID = '数据格式不正确';
const html = '<!doctype html><html><body><h1>502 Bad Gateway</h1></body></html>';

/** Each fault, and what the widget that needs the data must say. */
const FAULTS: { name: string; fault: Fault; says: string | RegExp; detail?: string }[] = [
  { name: 'HTTP 500', fault: { type: 'status', status: 500 }, says: '（HTTP 500）' },
  { name: 'HTTP 404', fault: { type: 'status', status: 404 }, says: '（HTTP 404）' },
  {
    name: '503 with Retry-After',
    fault: { type: 'status', status: 503, retryAfter: '120' },
    says: '（HTTP 503）。请在 2 分钟后重试',
  },
  { name: 'timeout', fault: { type: 'hang', ms: 3000 }, says: '超时未响应' },
  { name: 'slow body', fault: { type: 'slow-body', ms: 3000 }, says: '超时未响应' },
  { name: 'connection reset', fault: { type: 'reset' }, says: '无法连接数据接口' },
  {
    name: 'malformed JSON',
    fault: { type: 'raw', contentType: 'application/json', body: '{"data": [{"value": NaN' },
    says: INVALID,
    detail: 'not JSON',
  },
  { name: 'HTML instead of JSON', fault: { type: 'raw', contentType: 'text/html', body: html }, says: INVALID },
  { name: 'schema violation', fault: { type: 'patch', set: { data: { rows: 'x' } } }, says: INVALID },
  {
    name: 'null values',
    fault: { type: 'patch', each: 'data', set: { value: null } },
    says: INVALID,
    detail: 'value',
  },
  {
    name: '1e308',
    fault: { type: 'patch', each: 'data', where: { measure: 'level' }, set: { value: 1e308 } },
    says: INVALID,
    detail: 'out of range',
  },
  {
    name: '-1e308',
    fault: { type: 'patch', each: 'data', where: { measure: 'growth' }, set: { value: -1e308 } },
    says: INVALID,
    detail: 'out of range',
  },
  {
    name: 'NaN as a string',
    fault: { type: 'patch', each: 'data', set: { value: 'NaN' } },
    says: INVALID,
  },
  {
    name: 'negative levels',
    fault: { type: 'patch', each: 'data', where: { measure: 'level' }, set: { value: -5 } },
    says: INVALID,
    detail: 'negative level',
  },
  {
    name: 'a duplicate figure with another value',
    fault: { type: 'duplicate', list: 'data', index: 0, set: { id: 'dup', value: 0.123 } },
    says: INVALID,
    detail: 'two different values',
  },
];

test.describe('/economy: a fault in the figures', () => {
  for (const { name, fault, says, detail } of FAULTS) {
    test(`${name}: the cards name it, the page stays, retry recovers`, async ({ page, request }) => {
      test.info().annotations.push({ type: 'expects-failed-request' });
      await setFault(request, { endpoint: '/observations', fault });
      await page.goto('/economy');
      const card = page.getByTestId('kpi-gdp');
      await expect(card.locator('.state--error')).toContainText(says);
      if (detail) await expect(card.locator('.state__detail')).toContainText(detail);
      // The rest of the page works: the filters and the other data.
      await expect(page.getByRole('combobox').first()).toBeEnabled();
      await expectNothingAbsurd(page);

      await clearFaults(request);
      await card.getByRole('button', { name: '重试' }).click();
      await expect(page.getByTestId('kpi-gdp-growth')).toContainText('%');
      await expectNothingAbsurd(page);
    });
  }

  test('an empty list shows missing figures as —, never zero', async ({ page, request }) => {
    await setFault(request, { endpoint: '/observations', fault: { type: 'patch', set: { data: [] } } });
    await page.goto('/economy');
    await expect(page.getByTestId('kpi-gdp-growth')).toContainText('—');
    await expectNothingAbsurd(page);
  });

  test('a figure of an unknown region is not shown as one of ours', async ({ page, request }) => {
    await setFault(request, {
      endpoint: '/observations',
      fault: { type: 'duplicate', list: 'data', index: 0, set: { id: 'far', region: '339999', value: 1 } },
    });
    await page.goto('/economy');
    await expect(page.getByTestId('kpi-gdp-growth')).toContainText('%');
    await expectNothingAbsurd(page);
  });

  test('the targets failing costs the judgement only: the cards keep their figures', async ({ page, request }) => {
    test.info().annotations.push({ type: 'expects-failed-request' });
    await setFault(request, { endpoint: '/targets', fault: { type: 'status', status: 503, retryAfter: '30' } });
    await page.goto('/economy');
    await expect(page.getByTestId('kpi-gdp-growth')).toContainText('%');
    await expect(page.locator('.economy-view__scope[role=status]')).toBeVisible();
    await expectNothingAbsurd(page);
  });
});

// ECharts' generated description reads a missing point (the '-' or NaN of a series) as "NaN": the
// wrapper gives every chart its own description instead.
test('chart descriptions read no NaN for a missing period', async ({ page }) => {
  await page.goto('/economy');
  const trend = page.locator('figure.echart').first();
  await trend.scrollIntoViewIfNeeded();
  await expect(trend).toHaveAttribute('data-chart-state', 'ready');
  await expectNothingAbsurd(page, { charts: true });
});

test.describe('/counties: a fault in the figures', () => {
  for (const { name, fault, says } of FAULTS.filter((f) =>
    [
      'HTTP 500',
      '503 with Retry-After',
      'slow body',
      'connection reset',
      'HTML instead of JSON',
      'a duplicate figure with another value',
    ].includes(f.name),
  )) {
    test(`${name}: the panels name it, retry recovers`, async ({ page, request }) => {
      test.info().annotations.push({ type: 'expects-failed-request' });
      await setFault(request, { endpoint: '/observations', fault });
      await page.goto('/counties');
      const ranking = page.getByTestId('counties-ranking');
      await expect(ranking.locator('.state--error')).toContainText(says);
      await expectNothingAbsurd(page);
      await clearFaults(request);
      await ranking.getByRole('button', { name: '重试' }).first().click();
      await expect(page.getByTestId('counties-ranking-chart')).toBeVisible();
      await expectNothingAbsurd(page);
    });
  }

  test('an empty list gives the map a clear "no figures" state', async ({ page, request }) => {
    await setFault(request, { endpoint: '/observations', fault: { type: 'patch', set: { data: [] } } });
    await page.goto('/counties');
    await expect(page.getByTestId('counties-map').locator('.state--empty')).toContainText('没有该指标的数字');
    await expect(page.getByTestId('counties-map-chart')).toHaveCount(0);
    await expectNothingAbsurd(page);
  });
});

test.describe('/targets: a fault in the targets', () => {
  for (const { name, fault, says } of FAULTS.filter((f) =>
    ['503 with Retry-After', 'timeout', 'connection reset', 'malformed JSON'].includes(f.name),
  )) {
    test(`${name}: the tracker names it, retry recovers`, async ({ page, request }) => {
      test.info().annotations.push({ type: 'expects-failed-request' });
      await setFault(request, { endpoint: '/targets', fault });
      await page.goto('/targets');
      await expect(page.locator('.state--error')).toContainText(says);
      await expect(page.getByRole('combobox').first()).toBeEnabled();
      await expectNothingAbsurd(page);
      await clearFaults(request);
      await page.getByRole('button', { name: '重试' }).click();
      await expect(page.getByTestId('targets-overview')).toBeVisible();
    });
  }

  test('a schema violation in the targets is refused', async ({ page, request }) => {
    test.info().annotations.push({ type: 'expects-failed-request' });
    await setFault(request, { endpoint: '/targets', fault: { type: 'patch', set: { 'data.targets': 'x' } } });
    await page.goto('/targets');
    await expect(page.locator('.state--error')).toContainText(INVALID);
    await expectNothingAbsurd(page);
  });
});

test.describe('hostile links', () => {
  const long = 'x'.repeat(3000);
  const markup = '<img src=x onerror=alert(1)>';
  const links: { path: string; param: string; value: string; testId: string; leaves: boolean }[] = [
    { path: '/economy', param: 'region', value: long, testId: 'invalid-param-notice', leaves: true },
    { path: '/economy', param: 'period', value: markup, testId: 'invalid-param-notice', leaves: true },
    { path: '/economy', param: 'lang', value: long, testId: 'invalid-param-notice', leaves: true },
    { path: '/economy', param: 'theme', value: markup, testId: 'invalid-param-notice', leaves: true },
    { path: '/economy', param: 'mode', value: long, testId: 'invalid-param-notice', leaves: true },
    { path: '/economy', param: 'illustrative', value: long, testId: 'invalid-param-notice', leaves: true },
    { path: '/counties', param: 'indicator', value: long, testId: 'counties-invalid-param', leaves: false },
    { path: '/counties', param: 'measure', value: markup, testId: 'counties-invalid-param', leaves: false },
    { path: '/counties', param: 'scope', value: long, testId: 'counties-invalid-param', leaves: false },
    { path: '/targets', param: 'status', value: long, testId: 'targets-param-notice', leaves: true },
    { path: '/targets', param: 'area', value: markup, testId: 'targets-param-notice', leaves: true },
    { path: '/targets', param: 'q', value: long, testId: 'targets-param-notice', leaves: true },
    { path: '/targets', param: 'target', value: long, testId: 'targets-param-notice', leaves: true },
    { path: '/economy?mode=wall&', param: 'views', value: long, testId: 'invalid-param-notice', leaves: true },
    ...['0', '-30', '5000', 'abc', long].map((value) => ({
      path: '/economy?mode=wall&',
      param: 'interval',
      value,
      testId: 'invalid-param-notice',
      leaves: true,
    })),
  ];

  for (const { path, param, value, testId, leaves } of links) {
    test(`${path.replace(/[?&]+$/, '')} ${param}=${value.slice(0, 20)}${value.length > 20 ? '…' : ''}`, async ({
      page,
    }) => {
      const separator = path.includes('?') ? '' : '?';
      await page.goto(`${path}${separator}${param}=${encodeURIComponent(value)}`);
      const notice = page.getByTestId(testId);
      await expect(notice).toContainText(`${param}=`);
      const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
      await expect(notice).toContainText(shown);
      // The full value is nowhere in the page, and markup stays text.
      if (value.length > 40) expect(await page.content()).not.toContain(value.slice(0, 41));
      await expect(page.locator('img[src=x]')).toHaveCount(0);
      if (leaves) await expect.poll(() => new URL(page.url()).searchParams.has(param)).toBe(false);
      await expectNoOverflow(page);
      await expectNothingAbsurd(page);
    });
  }
});
