/**
 * Pictures of the pages as a meeting room sees them, kept with the test results for a person to look
 * at (test-results/, and attached to the HTML report). Nothing here asserts: presenter-mode fit is
 * checked in meeting-room.spec.ts. A picture is taken once the view has settled: data in, and every
 * chart on screen drawn.
 */
import type { Page, TestInfo } from '@playwright/test';
import { expect, test, viewSettled } from './fixtures';

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
