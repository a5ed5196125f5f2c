/**
 * Pictures of the pages as a meeting room sees them, kept with the test results for a person to look
 * at (test-results/, and attached to the HTML report): pages, presenter and wall slides, printed PDFs.
 * Nothing here asserts: slide fit and type size are checked in meeting-output.spec.ts, print in
 * meeting-output.spec.ts too. A picture is taken once the view has settled: data in, and every
 * chart on screen drawn.
 */
import type { Page, TestInfo } from '@playwright/test';
import { chartReady, chartsNotReady, expect, test, viewSettled } from './fixtures';

async function keep(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const path = testInfo.outputPath(name);
  await page.screenshot({ path, animations: 'disabled' });
  await testInfo.attach(name, { path, contentType: 'image/png' });
}

for (const theme of ['light', 'projector', 'dark'] as const) {
  test(`the city economy page in the ${theme} theme at both resolutions`, async ({ page }, testInfo) => {
    for (const [width, height] of [
      [1920, 1080],
      [1366, 768],
    ] as const) {
      await page.setViewportSize({ width, height });
      for (const mode of ['normal', 'present'] as const) {
        await page.goto(`/economy?period=2024Q1&theme=${theme}${mode === 'present' ? '&mode=present' : ''}`);
        await expect(page.getByTestId('kpi-gdp-growth')).toContainText('+7.8%');
        await viewSettled(page);
        await keep(page, testInfo, `economy-${theme}-${mode}-${width}x${height}.png`);
      }
    }
  });
}

/** The whole page, every chart on it drawn (charts are created as they come near the viewport). */
async function keepWholePage(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  await viewSettled(page);
  const figures = page.locator('figure.echart');
  for (let i = 0; i < (await figures.count()); i++) await chartReady(figures.nth(i));
  await page.evaluate(() => window.scrollTo(0, 0));
  const path = testInfo.outputPath(name);
  await page.screenshot({ path, fullPage: true, animations: 'disabled' });
  await testInfo.attach(name, { path, contentType: 'image/png' });
}

for (const theme of ['light', 'projector', 'dark'] as const) {
  test(`every page's charts, tables and exports bar in both languages (${theme} theme)`, async ({ page }, testInfo) => {
    test.slow();
    for (const [width, height] of [
      [1920, 1080],
      [1366, 768],
    ] as const) {
      await page.setViewportSize({ width, height });
      for (const lang of ['zh-CN', 'en'] as const) {
        for (const view of ['economy?period=2024Q1', 'counties?period=2024FY', 'targets?period=2024Q1']) {
          await page.goto(`/${view}&lang=${lang}&theme=${theme}`);
          await expect(page.locator('main h1, main h2').first()).toBeVisible();
          await keepWholePage(page, testInfo, `${view.split('?')[0]}-${theme}-${lang}-${width}x${height}.png`);
        }
      }
    }
  });
}

for (const theme of ['light', 'projector', 'dark'] as const) {
  test(`the overview in the ${theme} theme, both languages, at both resolutions`, async ({ page }, testInfo) => {
    for (const [width, height] of [
      [1920, 1080],
      [1366, 768],
    ] as const) {
      await page.setViewportSize({ width, height });
      for (const lang of ['zh-CN', 'en'] as const) {
        for (const mode of ['normal', 'present'] as const) {
          await page.goto(
            `/overview?period=2024Q1&theme=${theme}&lang=${lang}${mode === 'present' ? '&mode=present' : ''}`,
          );
          await expect(page.getByTestId('overview-gdp-growth')).toContainText('+7.8%');
          await viewSettled(page);
          await keep(page, testInfo, `overview-${theme}-${lang}-${mode}-${width}x${height}.png`);
        }
      }
    }
  });
}

test('presenter mode under Windows display scaling (125%, 150%)', async ({ browser }, testInfo) => {
  // 1920×1080 at 125% and 150% leave 1536×864 and 1280×720 CSS pixels.
  for (const [width, height, scale] of [
    [1536, 864, 1.25],
    [1280, 720, 1.5],
  ] as const) {
    const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: scale });
    const page = await context.newPage();
    for (const path of ['/economy', '/counties']) {
      await page.goto(`${path}?period=2024Q1&mode=present`);
      await expect(page.locator('[data-slide-active]')).toBeVisible();
      await viewSettled(page);
      await keep(page, testInfo, `present${path.replace('/', '-')}-${width}x${height}@${scale}.png`);
    }
    await context.close();
  }
});

/** Presenter and wall slides of every page, in each theme, in Chinese and (light theme) English. */
for (const theme of ['light', 'projector', 'dark'] as const) {
  for (const lang of theme === 'light' ? (['zh-CN', 'en'] as const) : (['zh-CN'] as const)) {
    test(`presenter and wall slides in the ${theme} theme (${lang})`, async ({ page }, testInfo) => {
      for (const [width, height] of [
        [1920, 1080],
        [1366, 768],
      ] as const) {
        await page.setViewportSize({ width, height });
        for (const path of ['/economy', '/counties', '/targets']) {
          for (const mode of ['present', 'wall'] as const) {
            const wall = mode === 'wall' ? `&views=${path.slice(1)}&interval=600` : '';
            await page.goto(`${path}?period=2024Q1&theme=${theme}&lang=${lang}&mode=${mode}${wall}`);
            await expect(page.locator('[data-slide-active]')).toBeVisible();
            await viewSettled(page);
            const name = `${mode}${path.replace('/', '-')}-${theme}-${lang}-${width}x${height}`;
            await keep(page, testInfo, `${name}-1.png`);
            if (mode === 'present') {
              // The second slide too: charts on the city page, the scatter or map on the county page.
              await page.keyboard.press('ArrowRight');
              await expect(page.getByTestId('slide-position')).toHaveText(/^2 \//);
              await viewSettled(page);
              await keep(page, testInfo, `${name}-2.png`);
            }
          }
        }
      }
    });
  }
}

/** The printed PDF of each page (A4 landscape, print media), kept to be rasterised and looked at. */
for (const lang of ['zh-CN', 'en'] as const) {
  test(`printed PDFs of every page (${lang})`, async ({ page }, testInfo) => {
    for (const path of ['/economy', '/counties', '/targets']) {
      await page.goto(`${path}?period=2024Q1&lang=${lang}`);
      await expect(page.locator('[data-slide]').first()).toBeVisible();
      await expect(page.locator('.state--loading')).toHaveCount(0);
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('figure.echart[data-chart-state="waiting"]')).toHaveCount(0);
      await expect.poll(() => chartsNotReady(page, 'page')).toBe(0);
      const name = `print${path.replace('/', '-')}-${lang}.pdf`;
      const file = testInfo.outputPath(name);
      await page.pdf({ path: file, format: 'A4', landscape: true, printBackground: true });
      await testInfo.attach(name, { path: file, contentType: 'application/pdf' });
      await page.emulateMedia({ media: 'screen' });
    }
  });
}
