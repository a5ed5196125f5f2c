import { test as base, expect, type Locator, type Page } from '@playwright/test';

/** Every test fails on a console error or an uncaught exception in the page. */
export const test = base.extend<{ pageErrors: string[] }>({
  pageErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      await use(errors);
    },
    { auto: true },
  ],
});

test.afterEach(({ pageErrors }, testInfo) => {
  // Tests that provoke a failed request expect the browser's own log line for it.
  if (testInfo.annotations.some((a) => a.type === 'expects-failed-request')) return;
  expect(pageErrors, 'console errors').toEqual([]);
});

export { expect };

export async function gotoEconomy(page: Page, query = ''): Promise<void> {
  await page.goto(`/economy${query}`);
  await expect(page.getByTestId('kpi-gdp')).toBeVisible();
}

/**
 * Brings a chart (its `<figure class="echart">`) near the viewport, where it is created, and waits
 * until ECharts reports it has finished drawing.
 */
export async function chartReady(figure: Locator): Promise<void> {
  await figure.scrollIntoViewIfNeeded();
  await expect(figure).toHaveAttribute('data-chart-state', 'ready');
}

/** What ECharts holds for a chart that is ready: its option as drawn. */
export async function chartOption<T>(figure: Locator): Promise<T> {
  await chartReady(figure);
  return figure.evaluate((element) => window.__chartOf!(element)!.getOption() as T);
}

/**
 * How many of the charts laid out on the page (in the viewport only, or anywhere) are not drawn yet.
 * A chart that is not displayed (0 × 0, e.g. a hidden slide) is not counted.
 */
export function chartsNotReady(page: Page, where: 'viewport' | 'page'): Promise<number> {
  return page.evaluate(
    (inViewport) =>
      [...document.querySelectorAll<HTMLElement>('figure.echart')].filter((figure) => {
        const box = figure.getBoundingClientRect();
        if (box.width === 0 || box.height === 0) return false;
        if (inViewport && (box.bottom <= 0 || box.top >= window.innerHeight)) return false;
        return figure.dataset.chartState !== 'ready';
      }).length,
    where === 'viewport',
  );
}

/**
 * Waits until what is on screen has settled: no widget still loading, and every chart in the
 * viewport drawn (charts further down are created only when scrolled to, so they are not waited for).
 * Call it once the page shows something of its own: before the app has rendered, nothing is loading.
 */
export async function viewSettled(page: Page): Promise<void> {
  await expect(page.locator('.state--loading')).toHaveCount(0);
  await expect.poll(() => chartsNotReady(page, 'viewport')).toBe(0);
}

/**
 * Draws a chart and moves the pointer onto one of its data items (where ECharts laid it out), so
 * that ECharts opens its tooltip as it would for a user; resolves once the tooltip shows text.
 */
export async function openTooltip(page: Page, figureSelector: string): Promise<string> {
  const figure = page.locator(figureSelector).first();
  await chartReady(figure);
  const canvas = figure.locator('.echart__canvas');
  const tooltip = canvas.locator(':scope > div:not(:has(canvas))');
  const points = await figure.evaluate((element) => {
    interface Shape {
      getBoundingRect(): { x: number; y: number; width: number; height: number };
      transformCoordToGlobal(x: number, y: number): number[];
    }
    const chart = window.__chartOf!(element) as unknown as {
      getModel(): {
        getSeriesByIndex(i: number): {
          getData(): { count(): number; getItemGraphicEl(i: number): Shape | undefined };
        };
      };
    };
    const data = chart.getModel().getSeriesByIndex(0)?.getData();
    const found: number[][] = [];
    // Where ECharts drew each item (a bar, a point, an area): the middle of its shape.
    for (let i = 0; data && i < data.count(); i++) {
      const shape = data.getItemGraphicEl(i);
      if (!shape) continue;
      const rect = shape.getBoundingRect();
      found.push(shape.transformCoordToGlobal(rect.x + rect.width / 2, rect.y + rect.height / 2));
    }
    // Map areas are drawn by the geo component: the middle of the drawing is over one of them.
    const canvas = element.querySelector('.echart__canvas')!;
    found.push([canvas.clientWidth * 0.57, canvas.clientHeight * 0.5]);
    return found.filter(([x, y]) => Number.isFinite(x) && Number.isFinite(y));
  });
  const box = (await canvas.boundingBox())!;
  for (const [x, y] of points) {
    await page.mouse.move(box.x + x!, box.y + y!, { steps: 2 });
    try {
      await expect(tooltip.filter({ visible: true })).not.toHaveText('', { timeout: 1_000 });
      return (await tooltip.filter({ visible: true }).first().textContent()) ?? '';
    } catch {
      // Not over an item yet: the next one.
    }
  }
  throw new Error(`no tooltip opened over ${figureSelector}`);
}

/**
 * Collisions among what a chart drew, read from its ECharts instance (not from pixels): every pair of
 * visible texts (data labels, axis ticks, legend, axis names) whose boxes overlap, and every data
 * label or tick that lies on a bar other than its own. Each entry names the two parts.
 */
export async function chartCollisions(figure: Locator): Promise<string[]> {
  await chartReady(figure);
  return figure.evaluate((element) => {
    interface Rect {
      x: number;
      y: number;
      width: number;
      height: number;
      clone(): Rect;
      applyTransform(m: number[]): void;
    }
    interface El {
      type?: string;
      parent?: El;
      ignore?: boolean;
      invisible?: boolean;
      style?: { text?: string; opacity?: number };
      __hostTarget?: El;
      getBoundingRect(): Rect;
      getComputedTransform(): number[] | null;
    }
    const chart = window.__chartOf!(element) as unknown as {
      getZr(): { storage: { getDisplayList(update: boolean): El[] } };
      getModel(): {
        getSeries(): { subType: string; getData(): { count(): number; getItemGraphicEl(i: number): El | undefined } }[];
      };
    };
    const box = (el: El) => {
      const rect = el.getBoundingRect().clone();
      const m = el.getComputedTransform();
      if (m) rect.applyTransform(m);
      return rect;
    };
    const overlap = (a: Rect, b: Rect) =>
      Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x) > 1 &&
      Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y) > 1;
    const visible = (el: El) => {
      for (let node: El | undefined = el; node; node = node.parent) if (node.ignore || node.invisible) return false;
      return (el.style?.opacity ?? 1) > 0;
    };
    const texts = chart
      .getZr()
      .storage.getDisplayList(true)
      .filter((el) => el.type === 'tspan' && (el.style?.text ?? '').trim() !== '' && visible(el))
      .map((el) => ({ text: el.style!.text!.trim(), rect: box(el), owner: el.parent, host: el.parent?.__hostTarget }));
    const bars = chart
      .getModel()
      .getSeries()
      .filter((series) => series.subType === 'bar')
      .flatMap((series) => {
        const data = series.getData();
        return Array.from({ length: data.count() }, (_, i) => data.getItemGraphicEl(i)).filter(
          (el): el is El => el !== undefined && visible(el),
        );
      })
      .map((el) => ({ el, rect: box(el) }))
      .filter(({ rect }) => rect.width > 0 && rect.height > 0);
    const found: string[] = [];
    texts.forEach((a, i) => {
      for (const b of texts.slice(i + 1))
        if (a.owner !== b.owner && overlap(a.rect, b.rect)) found.push(`"${a.text}" on "${b.text}"`);
      for (const bar of bars) if (bar.el !== a.host && overlap(a.rect, bar.rect)) found.push(`"${a.text}" on a bar`);
    });
    return found;
  });
}
