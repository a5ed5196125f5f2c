import type * as ChartEngine from '../../lib/echarts';

type Engine = typeof ChartEngine;
/** A promise React's `use` reads without suspending once it is marked fulfilled. */
type TrackedPromise<T> = Promise<T> & { status?: 'fulfilled'; value?: T };

/**
 * Loads a chunk once; later calls share the same promise. The settled promise is marked as React
 * marks the promises it has read, so a chart created after the load draws in the same render instead
 * of suspending once. A failed load is not kept: the next call (a chart's "retry") asks again.
 */
export function createChunkLoader<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: TrackedPromise<T> | null = null;
  return () => {
    if (!pending) {
      const loading: TrackedPromise<T> = load().then(
        (module) => {
          loading.status = 'fulfilled';
          loading.value = module;
          return module;
        },
        (error: unknown) => {
          if (pending === loading) pending = null;
          throw error;
        },
      );
      pending = loading;
    }
    return pending;
  };
}

/**
 * ECharts, a chunk of its own. Route loaders call this so the engine downloads beside the page's
 * data instead of after it.
 */
export const loadChartEngine: () => Promise<Engine> = createChunkLoader(() => import('../../lib/echarts'));
