/**
 * The production build under the strict Content-Security-Policy the README recommends: every page
 * the app has, with a chart tooltip open, gives no violation report and no CSP console error.
 * The policy is added to each document response here, so the test needs nothing of the server.
 */
import type { Page } from '@playwright/test';
import { expect, openTooltip, test, viewSettled } from './fixtures';

const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

interface Violation {
  directive: string;
  blocked: string;
  sample: string;
  source: string;
}

declare global {
  interface Window {
    __cspViolations?: Violation[];
  }
}

/** Serves every document with the policy, and records what it reports (before any app code runs). */
async function underPolicy(page: Page): Promise<{ consoleErrors: string[] }> {
  await page.route('**/*', async (route) => {
    if (route.request().resourceType() !== 'document') return route.fallback();
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': CSP } });
  });
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations!.push({
        directive: event.effectiveDirective,
        blocked: event.blockedURI,
        sample: event.sample,
        source: `${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`,
      });
    });
  });
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (/Content.Security.Policy|Refused to/i.test(message.text())) consoleErrors.push(message.text());
  });
  return { consoleErrors };
}

const violations = (page: Page) => page.evaluate(() => window.__cspViolations ?? []);

const PAGES: { name: string; open: (page: Page) => Promise<void> }[] = [
  {
    name: '/economy',
    open: async (page) => {
      await page.goto('/economy?period=2024Q1');
      await expect(page.getByTestId('kpi-gdp')).toBeVisible();
      await openTooltip(page, '[data-testid="kpi-gdp"] figure.echart');
      await openTooltip(page, 'figure[data-testid$="-chart"]');
    },
  },
  {
    name: '/counties',
    open: async (page) => {
      await page.goto('/counties?period=2024FY');
      await expect(page.getByTestId('counties-page')).toBeVisible();
      await openTooltip(page, 'figure[data-testid="counties-map-chart"]');
    },
  },
  {
    name: '/counties?scope=peers',
    open: async (page) => {
      await page.goto('/counties?period=2024Q1&scope=peers');
      await expect(page.getByTestId('counties-peers')).toBeVisible();
      await openTooltip(page, '[data-testid="counties-peers"] figure.echart');
    },
  },
  {
    name: '/targets',
    open: async (page) => {
      await page.goto('/targets?period=2024Q1');
      await expect(page.getByTestId('targets-overview')).toBeVisible();
      const gdp = page.locator('[data-testid="target-row"][data-target="t2024-main-gdp"]');
      await gdp.getByTestId('source-trigger').focus();
      await expect(gdp.getByRole('tooltip')).toBeVisible();
    },
  },
  {
    name: 'a target detail',
    open: async (page) => {
      await page.goto('/targets?period=2024Q1&target=t2024-main-gdp');
      await expect(page.getByTestId('target-detail')).toBeVisible();
      await openTooltip(page, '[data-testid="target-detail-trend"] figure.echart');
    },
  },
  {
    name: 'presenter mode',
    open: async (page) => {
      await page.goto('/economy?period=2024Q1&mode=present');
      await expect(page.getByTestId('kpi-gdp-growth')).toContainText('+7.8%');
      // Presenter mode announces the slide it shows; step until that slide has a chart.
      const active = page.locator('[data-slide-active]');
      await expect(active).toBeVisible();
      const position = page.getByTestId('slide-position');
      for (let step = 0; step < 6 && (await active.locator('figure.echart:visible').count()) === 0; step++) {
        const before = await position.textContent();
        await page.keyboard.press('ArrowRight');
        await expect(position).not.toHaveText(before ?? '');
      }
      await viewSettled(page);
      await openTooltip(page, '[data-slide-active] figure.echart:visible');
    },
  },
];

for (const { name, open } of PAGES) {
  test(`${name} runs under the strict CSP without a violation`, async ({ page }) => {
    const { consoleErrors } = await underPolicy(page);
    await open(page);
    expect(await violations(page)).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
}
