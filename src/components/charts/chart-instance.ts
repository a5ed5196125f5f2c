/**
 * The drawn chart, reachable through a ref: a chart panel (PNG export) provides a ref through this
 * context and the one ECharts wrapper fills it, so nothing reads the instance off a DOM node.
 */
import { createContext, type RefObject } from 'react';
import type { echarts as Engine } from '../../lib/echarts';

export type ChartInstance = ReturnType<typeof Engine.init>;

/** The ref of the chart inside a panel; null outside one. */
export const ChartInstanceContext = createContext<RefObject<ChartInstance | null> | null>(null);

/**
 * The browser tests read what a chart drew (its option, its labels' boxes) from the instance. The
 * wrapper registers each live chart under its figure element; `window.__chartOf(figure)` finds it.
 */
const charts = new WeakMap<Element, ChartInstance>();

export function registerChart(figure: Element, chart: ChartInstance | null): void {
  if (chart) charts.set(figure, chart);
  else charts.delete(figure);
}

declare global {
  interface Window {
    __chartOf?: (figure: Element) => ChartInstance | undefined;
  }
}

if (typeof window !== 'undefined') window.__chartOf = (figure) => charts.get(figure);
