/**
 * Meeting-grade output: slides that use the screen at reading size, navigation and Esc that do only
 * what was asked, and a printed PDF that loses nothing.
 */
import type { Browser, Page } from '@playwright/test';
import { chartsNotReady, expect, test, viewSettled } from './fixtures';

/** 1920×1080 and 1366×768, and 1920×1080 under Windows display scaling (125%, 150%). */
const SCREENS = [
  { width: 1920, height: 1080, scale: 1 },
  { width: 1366, height: 768, scale: 1 },
  { width: 1536, height: 864, scale: 1.25 },
  { width: 1280, height: 720, scale: 1.5 },
] as const;

const PAGES = ['overview', 'economy', 'counties', 'targets'] as const;

interface SlideUse {
  /** Share of the viewport's width and height the slide's content covers (as drawn, after scaling). */
  width: number;
  height: number;
  /**
   * The smallest type on the slide as drawn: the computed font size times the scale any ancestor's
   * transform or zoom applies (a slide scaled down to fit shrinks its type with it), and where.
   * Chart text counts too: the font sizes the chart's option sets, times the chart's scale.
   */
  minFont: number;
  smallest: string;
  /** Labels of a chart's reference lines (such as the scatter's 全市 line) left at ECharts' default size. */
  unsizedChartLabels: string[];
  /** The slide's content runs past an edge of the screen. */
  overflows: boolean;
}

/** How the active slide uses the screen; null until presenter or wall mode has marked it. */
function slideUse(page: Page): Promise<SlideUse | null> {
  return page.evaluate(() => {
    const slide = document.querySelector('[data-slide-active]');
    if (!slide) return null;
    let left = Infinity;
    let top = Infinity;
    let right = -Infinity;
    let bottom = -Infinity;
    for (const element of slide.querySelectorAll('*')) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      left = Math.min(left, box.left);
      top = Math.min(top, box.top);
      right = Math.max(right, box.right);
      bottom = Math.max(bottom, box.bottom);
    }
    /** The scale at which an element is drawn: every ancestor's transform and zoom, multiplied. */
    const drawnScale = (element: Element) => {
      let scale = 1;
      for (let at: Element | null = element; at; at = at.parentElement) {
        const style = getComputedStyle(at);
        if (style.transform !== 'none') {
          const matrix = new DOMMatrixReadOnly(style.transform);
          scale *= Math.hypot(matrix.b, matrix.d);
        }
        scale *= parseFloat(style.zoom) || 1;
      }
      return scale;
    };
    let minFont = Infinity;
    let smallest = '';
    const texts = document.createTreeWalker(slide, NodeFilter.SHOW_TEXT);
    while (texts.nextNode()) {
      const node = texts.currentNode;
      const element = node.parentElement;
      if (!element || !node.textContent?.trim() || element.closest('.visually-hidden')) continue;
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      const size = parseFloat(getComputedStyle(element).fontSize) * drawnScale(element);
      if (size < minFont) {
        minFont = size;
        smallest = `${element.className}: ${node.textContent.trim().slice(0, 24)}`;
      }
    }
    // Chart text is drawn on a canvas: its sizes are in the chart's option.
    const unsizedChartLabels: string[] = [];
    for (const canvas of slide.querySelectorAll<HTMLElement>('.echart__canvas')) {
      const figure = canvas.closest('figure.echart');
      const chart = figure
        ? (window.__chartOf?.(figure) as { getOption(): Record<string, unknown> } | undefined)
        : undefined;
      if (!chart || canvas.getBoundingClientRect().width === 0) continue;
      const scale = drawnScale(canvas);
      const panel = canvas.closest<HTMLElement>('.chart-panel')?.dataset.testid ?? 'chart';
      // What the canvas does not draw: parts switched off, the tooltip (HTML, measured with the page
      // when shown) and the legend's selector buttons (ECharts fills in their defaults regardless).
      const undrawn = new Set(['tooltip', 'selectorLabel']);
      const visit = (value: unknown, path: string) => {
        if (Array.isArray(value)) value.forEach((item, i) => visit(item, `${path}[${i}]`));
        else if (value && typeof value === 'object' && (value as { show?: unknown }).show !== false) {
          for (const [key, item] of Object.entries(value)) {
            if (undrawn.has(key)) continue;
            if (key === 'fontSize' && typeof item === 'number' && item * scale < minFont) {
              minFont = item * scale;
              smallest = `${panel} ${path}.fontSize`;
            }
            if (key === 'markLine' && item && typeof item === 'object') {
              const label = (item as { label?: { show?: boolean; fontSize?: unknown } }).label;
              if (label && label.show !== false && typeof label.fontSize !== 'number')
                unsizedChartLabels.push(`${panel} ${path}.markLine.label`);
            }
            visit(item, `${path}.${key}`);
          }
        }
      };
      visit(chart.getOption(), 'option');
    }
    const visible = (from: number, to: number, extent: number) => (Math.min(to, extent) - Math.max(from, 0)) / extent;
    return {
      width: visible(left, right, window.innerWidth),
      height: visible(top, bottom, window.innerHeight),
      minFont,
      smallest,
      unsizedChartLabels,
      overflows: right > window.innerWidth + 1 || bottom > window.innerHeight + 1,
    };
  });
}

async function openSlides(browser: Browser, screen: (typeof SCREENS)[number]) {
  const context = await browser.newContext({
    viewport: { width: screen.width, height: screen.height },
    deviceScaleFactor: screen.scale,
  });
  return { context, page: await context.newPage() };
}

/** Waits for the active slide to be laid out, drawn and fitted (the fit follows the content). */
async function slideSettled(page: Page): Promise<void> {
  await expect(page.locator('[data-slide-active]')).toBeVisible();
  await viewSettled(page);
}

function expectUsesScreen(use: SlideUse | null, where: string) {
  expect(use, where).not.toBeNull();
  // The dimension that binds (the slide is scaled until one of them is filled) is at least 85% used.
  expect(Math.max(use!.width, use!.height), `${where}: share of the screen`).toBeGreaterThanOrEqual(0.85);
  // At least 20 px as the room sees it, after any scaling of the slide.
  expect(use!.minFont, `${where}: smallest type as drawn (${use!.smallest})`).toBeGreaterThanOrEqual(20);
  expect(use!.unsizedChartLabels, `${where}: chart labels at the default size`).toEqual([]);
  expect(use!.overflows, `${where}: runs off the screen`).toBe(false);
}

for (const screen of SCREENS) {
  const size = `${screen.width}×${screen.height}${screen.scale > 1 ? ` at ${screen.scale * 100}%` : ''}`;

  test(`presenter slides use the screen at reading size, ${size}`, async ({ browser }) => {
    const { context, page } = await openSlides(browser, screen);
    for (const name of PAGES) {
      await page.goto(`/${name}?period=2024Q1&mode=present`);
      await slideSettled(page);
      const count = await page.locator('[data-slide]').count();
      // Every slide of the city and county pages; the target list's areas share one layout, so its
      // overview, legend and first areas stand for the rest.
      const checked = name === 'targets' ? Math.min(count, 6) : count;
      for (let index = 0; index < checked; index++) {
        if (index > 0) {
          await page.keyboard.press('ArrowRight');
          await expect(page.getByTestId('slide-position')).toHaveText(`${index + 1} / ${count}`);
          await slideSettled(page);
        }
        const where = `/${name} slide ${index + 1}/${count}, ${size}`;
        await expect.poll(() => slideUse(page), { message: where }).toMatchObject({ overflows: false });
        expectUsesScreen(await slideUse(page), where);
      }
    }
    await context.close();
  });

  test(`wall slides use the screen at reading size and show data date, sources and the way out, ${size}`, async ({
    browser,
  }) => {
    const { context, page } = await openSlides(browser, screen);
    for (const name of PAGES) {
      await page.clock.install();
      await page.goto(`/${name}?period=2024Q1&mode=wall&views=${name}&interval=600`);
      await slideSettled(page);
      const count = await page.locator('[data-slide]').count();
      // Every slide of the view, as the wall plays them (the target list's first six stand for the rest).
      const checked = name === 'targets' ? Math.min(count, 6) : count;
      for (let index = 0; index < checked; index++) {
        if (index > 0) {
          await page.clock.runFor(600_000);
          await expect(page.locator('[data-slide]').nth(index)).toHaveAttribute('data-slide-active', '');
          await slideSettled(page);
        }
        const where = `wall /${name} slide ${index + 1}/${count}, ${size}`;
        await expect.poll(() => slideUse(page), { message: where }).toMatchObject({ overflows: false });
        expectUsesScreen(await slideUse(page), where);
        await expect(page.getByTestId('wall-data-through')).toContainText('数据截至');
        await expect(page.getByTestId('wall-footer')).toContainText('Esc 退出');
        // What is on screen says where it comes from, without hovering (a legend, which shows no figure, aside).
        if ((await page.locator('[data-slide-active][data-slide-without-figures]').count()) === 0) {
          await expect(page.locator('[data-slide-active] [data-testid="source-line"]').first(), where).toBeVisible();
        }
      }
    }
    await context.close();
  });
}

test('stepping through presenter slides and pages never changes a filter', async ({ page }) => {
  await page.goto('/counties?period=2024Q1&mode=present');
  await slideSettled(page);
  const count = await page.locator('[data-slide]').count();
  for (let index = 1; index < count; index++) {
    await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('slide-position')).toHaveText(`${index + 1} / ${count}`);
  }
  // Past the last county slide: the next page, with the same filters (no district chosen for the user).
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/\/targets\?/);
  await expect(page.getByTestId('slide-position')).toHaveText(/^1 \//);
  expect(new URL(page.url()).searchParams.get('region')).toBeNull();
  expect(new URL(page.url()).searchParams.get('period')).toBe('2024Q1');
  await page.keyboard.press('ArrowLeft');
  await expect(page).toHaveURL(/\/counties\?/);
  await page.keyboard.press('Escape');
  await expect(page).not.toHaveURL(/mode=/);
  const after = new URL(page.url()).searchParams;
  expect(after.get('region')).toBeNull();
  expect(after.get('period')).toBe('2024Q1');
  await expect(page.getByTestId('filter-region')).toHaveValue('330600');
});

test('one Esc leaves wall mode, and says so on screen', async ({ page }) => {
  await page.clock.install();
  await page.goto('/economy?period=2024Q1&mode=wall&views=economy,targets&interval=30');
  await slideSettled(page);
  await expect(page.getByTestId('wall-footer')).toContainText('Esc 退出');
  await page.keyboard.press('Escape');
  await expect(page).not.toHaveURL(/mode=/);
  await expect(page.getByRole('navigation')).toBeVisible();
  await expect(page.getByTestId('wall-footer')).toHaveCount(0);
});

test('Esc closes the open target detail first, and only the next Esc leaves presenter mode', async ({ page }) => {
  await page.goto('/targets?period=2024Q1&mode=present');
  await slideSettled(page);
  // The overview and the legend, then the first work area's targets.
  while ((await page.locator('[data-slide-active] .target-link').count()) === 0) {
    await page.keyboard.press('ArrowRight');
  }
  await page.locator('[data-slide-active] .target-link').first().click();
  await expect(page.getByTestId('target-detail')).toBeVisible();
  // The detail takes the focus once it is in place (its Esc with it).
  await expect(page.locator('#target-detail-title')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('target-detail')).toHaveCount(0);
  await expect(page).toHaveURL(/mode=present/);
  await page.keyboard.press('Escape');
  await expect(page).not.toHaveURL(/mode=/);
});

/** A4 landscape less the @page margins (10 mm each side), in CSS px. */
const PRINTABLE_WIDTH = (277 / 25.4) * 96;

interface PrintedChart {
  panel: string;
  canvas: { left: number; right: number; width: number };
  box: { left: number; right: number; width: number };
  /** Categories (or, without a category axis, data items) the chart draws. */
  drawn: number;
  /** Data items whose point lies outside the canvas. */
  outside: number;
  tableRows: number | null;
}

function printedCharts(
  page: Page,
): Promise<{ page: { left: number; right: number }; charts: PrintedChart[]; overflowing: string[] }> {
  return page.evaluate(() => {
    interface Instance {
      getOption(): {
        xAxis?: { type?: string; data?: unknown[] }[];
        yAxis?: { type?: string; data?: unknown[] }[];
        series?: { type?: string; data?: unknown[] }[];
      };
      convertToPixel(finder: { seriesIndex: number }, value: unknown): number[] | number;
    }
    const app = document.querySelector('.app')!.getBoundingClientRect();
    const charts = [...document.querySelectorAll<HTMLElement>('.chart-panel .echart__canvas')]
      .filter((element) => element.getBoundingClientRect().width > 0)
      .map((element) => {
        const chart = window.__chartOf!(element.closest('figure.echart')!) as unknown as Instance;
        const option = chart.getOption();
        const canvas = element.querySelector('canvas')!.getBoundingClientRect();
        const box = element.getBoundingClientRect();
        const category = [...(option.xAxis ?? []), ...(option.yAxis ?? [])].find((axis) => axis.type === 'category');
        const series = option.series?.[0];
        const items = series?.data ?? [];
        let outside = 0;
        if (series?.type === 'scatter') {
          for (const item of items) {
            const value = (item as { value: number[] }).value;
            const [x, y] = chart.convertToPixel({ seriesIndex: 0 }, value) as number[];
            if (!(x! >= 0 && x! <= element.clientWidth && y! >= 0 && y! <= element.clientHeight)) outside++;
          }
        }
        const panel = element.closest<HTMLElement>('.chart-panel')!;
        const table = panel.querySelector('.chart-panel__print-table tbody');
        return {
          panel: panel.dataset.testid ?? '',
          canvas: { left: canvas.left, right: canvas.right, width: canvas.width },
          box: { left: box.left, right: box.right, width: box.width },
          drawn: category?.data?.length ?? items.length,
          outside,
          tableRows: table ? table.querySelectorAll(':scope > tr').length : null,
        };
      });
    // Anything wider than the paper makes the browser shrink the whole page to fit it.
    const overflowing = [...document.querySelectorAll('.app *')]
      .filter((element) => {
        const box = element.getBoundingClientRect();
        return box.width > 0 && box.right > app.right + 1 && !element.closest('.visually-hidden');
      })
      .map((element) => element.className || element.tagName);
    return { page: { left: app.left, right: app.right }, charts, overflowing };
  });
}

for (const name of PAGES) {
  test(`printing /${name} redraws every chart inside the page, with a table of all it draws`, async ({ page }) => {
    await page.goto(`/${name}?period=2024Q1`);
    await expect(page.locator('[data-slide]').first()).toBeVisible();
    await expect(page.locator('.state--loading')).toHaveCount(0);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('figure.echart[data-chart-state="waiting"]')).toHaveCount(0);
    await expect.poll(() => chartsNotReady(page, 'page')).toBe(0);
    const printed = await printedCharts(page);
    // The printed layout is the paper's, whatever the window's width.
    expect(printed.page.right - printed.page.left).toBeCloseTo(PRINTABLE_WIDTH, 0);
    // Nothing runs past the paper's edge (a wide table once shrank the whole county page).
    expect(printed.overflowing).toEqual([]);
    for (const chart of printed.charts) {
      // Redrawn at its printed size: the canvas is its box, inside the page, never cropped by it.
      expect(chart.canvas.left, chart.panel).toBeGreaterThanOrEqual(printed.page.left - 1);
      expect(chart.canvas.right, chart.panel).toBeLessThanOrEqual(printed.page.right + 1);
      expect(chart.canvas.width, chart.panel).toBeCloseTo(chart.box.width, 0);
      // A panel uses the full printed width (less its own padding).
      expect(chart.box.width, chart.panel).toBeGreaterThan(PRINTABLE_WIDTH * 0.9);
      // Every point drawn inside the plot (the scatter once lost 柯桥, its rightmost point).
      expect(chart.outside, chart.panel).toBe(0);
      // Every period or district drawn is a row of the printed table.
      if (chart.tableRows !== null) expect(chart.tableRows, chart.panel).toBe(chart.drawn);
    }
    if (name === 'counties') {
      const scatter = printed.charts.find((chart) => chart.panel === 'counties-scatter');
      expect(scatter?.drawn).toBe(6);
      await expect(page.getByTestId('counties-scatter').locator('.chart-panel__print-table')).toContainText('柯桥区');
    }
    if (name === 'overview') {
      // One sheet: the 11 cities print as their compact table, so there is no chart to redraw.
      expect(printed.charts).toEqual([]);
      await expect(page.getByTestId('cities-strip')).toBeVisible();
    }
    const pdf = await page.pdf({ format: 'A4', landscape: true, printBackground: true });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
    if (name === 'overview') expect(pages).toBe(1);
    else expect(pages).toBeGreaterThan(0);
  });
}
