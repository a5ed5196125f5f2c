import type { Page } from '@playwright/test';
import { chartReady, chartsNotReady, expect, test, viewSettled } from './fixtures';

test('P enters presenter mode, the arrows step through slides and pages, Esc leaves', async ({ page }) => {
  await page.goto('/economy?period=2024Q1');
  await expect(page.getByTestId('kpi-gdp-growth')).toContainText('+7.8%');
  await page.keyboard.press('p');
  await expect(page).toHaveURL(/mode=present/);
  await expect(page.getByRole('navigation')).toBeHidden();
  await expect(page.getByTestId('presentation-bar')).toBeVisible();
  // The filters stay usable while presenting.
  await expect(page.getByTestId('filter-period')).toBeVisible();
  const position = page.getByTestId('slide-position');
  // One slide per section of the page, counted once the page has found them all.
  const slides = await page.locator('[data-slide]').count();
  expect(slides).toBeGreaterThan(1);
  await expect(position).toHaveText(`1 / ${slides}`);
  await page.keyboard.press('ArrowRight');
  await expect(position).toHaveText(`2 / ${slides}`);
  for (let i = 2; i < slides; i++) await page.keyboard.press('ArrowRight');
  await expect(position).toHaveText(`${slides} / ${slides}`);
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/\/counties\?.*mode=present/);
  await expect(page).toHaveURL(/period=2024Q1/);
  await page.keyboard.press('Escape');
  await expect(page).not.toHaveURL(/mode=/);
  await expect(page.getByRole('navigation')).toBeVisible();
});

test('a link reproduces mode, theme and language', async ({ page }) => {
  await page.goto('/economy?period=2024Q1&mode=present&theme=projector&lang=en');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'projector');
  await expect(page.locator('html')).toHaveAttribute('data-mode', 'present');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByTestId('presentation-bar')).toContainText('Presenting');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'projector');
  // The theme is remembered: a link without it opens in the theme chosen last.
  await page.goto('/economy');
  await expect(page).toHaveURL(/theme=projector/);
});

test('copy link puts the exact view on the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/economy?period=2023FY&region=330602&theme=dark&lang=en');
  await page.getByTestId('share-link').click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(new URL(copied).search).toBe(new URL(page.url()).search);
  expect(copied).toContain('/economy');
});

test('the wall advances by itself, pauses on interaction and resumes after a quiet spell', async ({ page }) => {
  // The test moves the page's time: the clock stands still from the start and runs only when told to.
  // (Installed a minute earlier: the blank page before `goto` already runs the clock, and pausing
  // must not be asked to go back in time.)
  const start = new Date('2024-04-22T09:00:00+08:00').getTime();
  await page.clock.install({ time: start - 60_000 });
  await page.clock.pauseAt(start);
  await page.goto('/economy?period=2024Q1&mode=wall&views=economy,targets&interval=5');
  const progress = page.getByTestId('wall-progress');
  await expect(page.getByRole('navigation')).toBeHidden();
  await expect(page.getByTestId('filter-region')).toBeHidden();
  await expect(page.getByTestId('wall-context')).toContainText('绍兴市');
  const bar = progress.locator('.wall-progress__bar');
  await expect(bar).toHaveAttribute('data-step', /#0$/);
  const first = (await bar.getAttribute('data-step'))!;
  await expect(progress).toHaveAttribute('data-paused', 'false');
  // One interval (5 s) later, the next slide.
  await page.clock.runFor(5_000);
  await expect(bar).not.toHaveAttribute('data-step', first);
  // Any interaction pauses it …
  await page.mouse.move(200, 300);
  await expect(progress).toHaveAttribute('data-paused', 'true');
  await expect(progress.getByRole('status')).toBeVisible();
  const held = (await bar.getAttribute('data-step'))!;
  // Longer than the interval: a paused wall stays where it is.
  await page.clock.runFor(6_000);
  await expect(progress).toHaveAttribute('data-paused', 'true');
  await expect(bar).toHaveAttribute('data-step', held);
  // … and it plays on after ten quiet seconds, then advances again after an interval.
  await page.clock.runFor(4_000);
  await expect(progress).toHaveAttribute('data-paused', 'false');
  await expect(bar).toHaveAttribute('data-step', held);
  await page.clock.runFor(5_000);
  await expect(bar).not.toHaveAttribute('data-step', held);
});

test('a chart exports as a PNG at twice its size, with its caption', async ({ page }) => {
  await page.goto('/economy?period=2024Q1');
  const panel = page.getByTestId('trend-gdp');
  await chartReady(page.getByTestId('trend-gdp-chart'));
  const box = await panel.locator('.echart__canvas').boundingBox();
  const [download] = await Promise.all([page.waitForEvent('download'), panel.getByTestId('trend-gdp-png').click()]);
  expect(download.suggestedFilename()).toMatch(/\.png$/);
  const path = await download.path();
  const { readFileSync } = await import('node:fs');
  const png = readFileSync(path);
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  expect(width).toBe(Math.round(box!.width) * 2);
  // Title above and sources below the chart make it taller than the chart alone.
  expect(height).toBeGreaterThan(Math.round(box!.height) * 2);
});

test('print gives an A4 landscape PDF, each section starting a page', async ({ page }) => {
  await page.goto('/economy?period=2024Q1');
  await expect(page.getByTestId('kpi-gdp-growth')).toContainText('+7.8%');
  await expect(page.getByTestId('structure-chart')).toBeVisible();
  await expect(page.locator('.state--loading')).toHaveCount(0);
  const sections = await page.locator('[data-slide]').count();
  await page.emulateMedia({ media: 'print' });
  // Print creates every chart, those far below the fold too: the PDF is taken once all are drawn.
  await expect(page.locator('figure.echart[data-chart-state="waiting"]')).toHaveCount(0);
  await expect.poll(() => chartsNotReady(page, 'page')).toBe(0);
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  const text = pdf.toString('latin1');
  const pages = text.match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
  // A section starts a page; its panels, each the full width of the paper, may run over several.
  expect(pages).toBeGreaterThanOrEqual(sections);
  // A4 landscape: 842 × 595 points.
  const box = /\/MediaBox\s*\[0 0 ([\d.]+) ([\d.]+)\]/.exec(text);
  expect(Math.round(Number(box?.[1]))).toBe(842);
  expect(Math.round(Number(box?.[2]))).toBe(595);
});

/**
 * Where presenter mode could overflow the screen: the document scrolls, or the slide runs past an
 * edge. Null until presenter mode has marked its active slide (it does once the page has counted them).
 */
function overflow(page: Page) {
  return page.evaluate(() => {
    const active = document.querySelector('[data-slide-active]');
    if (!active) return null;
    const slide = active.getBoundingClientRect();
    return {
      scrolls: document.documentElement.scrollHeight > window.innerHeight + 1,
      below: slide.bottom > window.innerHeight + 1,
      beside: slide.right > window.innerWidth + 1,
    };
  });
}

const FITS = { scrolls: false, below: false, beside: false };

for (const theme of ['light', 'projector', 'dark'] as const) {
  test(`presenter mode fits the screen in the ${theme} theme at both resolutions`, async ({ page }) => {
    for (const [width, height] of [
      [1920, 1080],
      [1366, 768],
    ] as const) {
      await page.setViewportSize({ width, height });
      await page.goto(`/economy?period=2024Q1&theme=${theme}&mode=present`);
      await expect(page.getByTestId('kpi-gdp-growth')).toContainText('+7.8%');
      await viewSettled(page);
      // The slide is scaled to fit as its content settles: the check waits for the fitted layout.
      await expect.poll(() => overflow(page), { message: `${width}×${height}` }).toEqual(FITS);
    }
  });
}

test('presenter mode fits the screen under Windows display scaling (125%, 150%)', async ({ browser }) => {
  // 1920×1080 at 125% and 150% leave 1536×864 and 1280×720 CSS pixels.
  for (const [width, height, scale] of [
    [1536, 864, 1.25],
    [1280, 720, 1.5],
  ] as const) {
    const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: scale });
    const page = await context.newPage();
    for (const path of ['/economy', '/counties']) {
      await page.goto(`${path}?period=2024Q1&mode=present`);
      await expect(page.getByTestId('presentation-bar')).toBeVisible();
      await expect(page.locator('[data-slide-active]')).toBeVisible();
      await viewSettled(page);
      await expect.poll(() => overflow(page), { message: `${path} ${width}×${height}@${scale}` }).toEqual(FITS);
    }
    await context.close();
  }
});
