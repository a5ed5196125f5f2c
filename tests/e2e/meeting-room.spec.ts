import { expect, test } from './fixtures';

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
  await expect(position).toHaveText(/^1 \/ \d+$/);
  const slides = Number((await position.innerText()).split('/')[1]);
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
  test.setTimeout(90_000);
  await page.goto('/economy?period=2024Q1&mode=wall&views=economy,targets&interval=5');
  const progress = page.getByTestId('wall-progress');
  await expect(page.getByRole('navigation')).toBeHidden();
  await expect(page.getByTestId('filter-region')).toBeHidden();
  await expect(page.getByTestId('wall-context')).toContainText('绍兴市');
  const bar = progress.locator('.wall-progress__bar');
  const first = await bar.getAttribute('data-step');
  await expect(bar).not.toHaveAttribute('data-step', first!, { timeout: 8_000 });
  // Any interaction pauses it …
  await page.mouse.move(200, 300);
  await expect(progress).toHaveAttribute('data-paused', 'true');
  await expect(progress.getByRole('status')).toBeVisible();
  const held = await bar.getAttribute('data-step');
  // Longer than the interval: a paused wall stays where it is.
  await page.waitForTimeout(6_000);
  expect(await bar.getAttribute('data-step')).toBe(held);
  await expect(progress).toHaveAttribute('data-paused', 'true');
  // … and it plays on after ten quiet seconds.
  await expect(progress).toHaveAttribute('data-paused', 'false', { timeout: 15_000 });
  await expect(bar).not.toHaveAttribute('data-step', held!, { timeout: 8_000 });
});

test('a chart exports as a PNG at twice its size, with its caption', async ({ page }) => {
  await page.goto('/economy?period=2024Q1');
  const panel = page.getByTestId('trend-gdp');
  const canvas = panel.locator('.echart__canvas');
  await expect(canvas.locator('canvas')).toBeVisible();
  const box = await canvas.boundingBox();
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

test('print gives an A4 landscape PDF with one page per section', async ({ page }) => {
  await page.goto('/economy?period=2024Q1');
  await expect(page.getByTestId('structure-chart').locator('canvas')).toBeVisible();
  const sections = await page.locator('[data-slide]').count();
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  const text = pdf.toString('latin1');
  const pages = text.match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
  expect(pages).toBe(sections);
  // A4 landscape: 842 × 595 points.
  const box = /\/MediaBox\s*\[0 0 ([\d.]+) ([\d.]+)\]/.exec(text);
  expect(Math.round(Number(box?.[1]))).toBe(842);
  expect(Math.round(Number(box?.[2]))).toBe(595);
});

for (const theme of ['light', 'projector', 'dark'] as const) {
  test(`screenshots in the ${theme} theme at both resolutions`, async ({ page }, testInfo) => {
    for (const [width, height] of [
      [1920, 1080],
      [1366, 768],
    ] as const) {
      await page.setViewportSize({ width, height });
      for (const mode of ['normal', 'present'] as const) {
        await page.goto(`/economy?period=2024Q1&theme=${theme}${mode === 'present' ? '&mode=present' : ''}`);
        await expect(page.getByTestId('kpi-gdp-growth')).toContainText('+7.8%');
        await page.waitForTimeout(300);
        if (mode === 'present') {
          // Fitted to the screen: nothing scrolls.
          const scrolls = await page.evaluate(() => document.documentElement.scrollHeight > window.innerHeight + 1);
          expect(scrolls).toBe(false);
        }
        await testInfo.attach(`economy-${theme}-${mode}-${width}x${height}.png`, {
          body: await page.screenshot(),
          contentType: 'image/png',
        });
      }
    }
  });
}

test('presenter mode fits the screen under Windows display scaling (125%, 150%)', async ({ browser }, testInfo) => {
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
      await page.waitForTimeout(500);
      const overflow = await page.evaluate(() => {
        const slide = document.querySelector('[data-slide-active]')!.getBoundingClientRect();
        return {
          scrolls: document.documentElement.scrollHeight > window.innerHeight + 1,
          below: slide.bottom > window.innerHeight + 1,
          beside: slide.right > window.innerWidth + 1,
        };
      });
      expect(overflow).toEqual({ scrolls: false, below: false, beside: false });
      await testInfo.attach(`present${path.replace('/', '-')}-${width}x${height}@${scale}.png`, {
        body: await page.screenshot(),
        contentType: 'image/png',
      });
    }
    await context.close();
  }
});
