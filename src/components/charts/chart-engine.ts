import type * as ChartEngine from '../../lib/echarts';

let engine: Promise<typeof ChartEngine> | null = null;
let loaded: typeof ChartEngine | null = null;

/**
 * Loads ECharts, a chunk of its own, once; later calls share the same promise. Route loaders call
 * it so the engine downloads beside the page's data instead of after it. A failed load is not kept:
 * the next call (a chart's "retry") asks for the chunk again.
 */
export function loadChartEngine(): Promise<typeof ChartEngine> {
  engine ??= import('../../lib/echarts').then(
    (module) => (loaded = module),
    (error: unknown) => {
      engine = null;
      throw error;
    },
  );
  return engine;
}

/** The engine if it has loaded: a chart created after that draws in the same task, without suspending. */
export const loadedChartEngine = (): typeof ChartEngine | null => loaded;
