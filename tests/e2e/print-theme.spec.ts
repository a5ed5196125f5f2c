import type { Page } from '@playwright/test';
import { chartsNotReady, expect, test } from './fixtures';

/**
 * Paper is printed in the light theme whatever the screen shows: the dark and projector themes are
 * for screens (styles.css), and the charts take the light chart theme while the print lasts.
 */
const LIGHT_TEXT = '#14202e';
const DARK_TEXT = '#e8edf3';

/** What a reader of the page sees of the theme: a card's background and text, and a chart's legend text. */
function themeSeen(page: Page) {
  return page.evaluate(() => {
    const card = document.querySelector<HTMLElement>('.kpi-card')!;
    const style = getComputedStyle(card);
    const chartFigure = document.querySelector<HTMLElement>('figure[data-testid="structure-chart"]')!;
    const option = window.__chartOf!(chartFigure)!.getOption() as { legend?: { textStyle?: { color?: string } }[] };
    return {
      page: getComputedStyle(document.body).backgroundColor,
      card: style.backgroundColor,
      text: style.color,
      chartText: option.legend?.[0]?.textStyle?.color ?? null,
    };
  });
}

for (const theme of ['dark', 'projector'] as const) {
  test(`prints in the light theme from the ${theme} theme, and returns to it after`, async ({ page }) => {
    await page.goto(`/economy?period=2024Q1&theme=${theme}`);
    await expect(page.getByTestId('kpi-gdp-growth')).toContainText('+7.8%');
    await page.getByTestId('structure-chart').scrollIntoViewIfNeeded();
    await expect(page.locator('figure[data-testid="structure-chart"]')).toHaveAttribute('data-chart-state', 'ready');
    const onScreen = await themeSeen(page);

    await page.emulateMedia({ media: 'print' });
    await expect.poll(() => chartsNotReady(page, 'page')).toBe(0);
    const onPaper = await themeSeen(page);
    expect(onPaper).toEqual({
      page: 'rgb(255, 255, 255)',
      card: 'rgb(255, 255, 255)',
      text: 'rgb(20, 32, 46)',
      chartText: LIGHT_TEXT,
    });

    await page.emulateMedia({ media: 'screen' });
    await expect.poll(() => themeSeen(page)).toEqual(onScreen);
    if (theme === 'dark') expect(onScreen.chartText).toBe(DARK_TEXT);
    else expect(onScreen.text).toBe('rgb(0, 0, 0)');
  });
}
