import type * as ChartEngine from '../../lib/echarts';

let engine: Promise<typeof ChartEngine> | null = null;

/** Loads ECharts, a chunk of its own, once; later calls share the same promise. */
export function loadChartEngine(): Promise<typeof ChartEngine> {
  engine ??= import('../../lib/echarts');
  return engine;
}
