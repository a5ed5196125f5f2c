import type * as ChartEngine from '../../lib/echarts';

type Engine = typeof ChartEngine;
/** A promise React's `use` reads without suspending once it is marked fulfilled. */
type TrackedPromise = Promise<Engine> & { status?: 'fulfilled'; value?: Engine };

let engine: TrackedPromise | null = null;

/**
 * Loads ECharts, a chunk of its own, once; later calls share the same promise. Route loaders call
 * it so the engine downloads beside the page's data instead of after it. The settled promise is
 * marked as React marks the promises it has read, so a chart created after the load draws in the
 * same render instead of suspending once. A failed load is not kept: the next call (a chart's
 * "retry") asks for the chunk again.
 */
export function loadChartEngine(): Promise<Engine> {
  if (!engine) {
    const loading: TrackedPromise = import('../../lib/echarts').then(
      (module) => {
        loading.status = 'fulfilled';
        loading.value = module;
        return module;
      },
      (error: unknown) => {
        engine = null;
        throw error;
      },
    );
    engine = loading;
  }
  return engine;
}
