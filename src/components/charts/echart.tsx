/**
 * The one ECharts wrapper: init on a ref, setOption when the option changes, resize with its
 * container, dispose on unmount. Every option passes through withSafeTooltips, and `aria` is on,
 * so screen readers get ECharts' generated description of the data.
 *
 * The chart engine is a chunk of its own, loaded when the first chart renders: the figures of a
 * page show at once and the charts follow, and a failed chunk load costs the chart, not the page.
 */
import { Suspense, use, useEffect, useRef } from 'react';
import { ErrorBoundary } from 'react-error-boundary';
import { withSafeTooltips } from '../../lib/chart-escape';
import type { ChartOption } from '../../lib/echarts';
import { useChartTheme } from '../../lib/use-chart-theme';
import { ErrorState } from '../states/states';
import { loadChartEngine } from './chart-engine';

export type ChartEventHandler = (params: {
  name?: string;
  dataIndex?: number;
  seriesIndex?: number;
  data?: unknown;
}) => void;

export interface EChartProps {
  option: ChartOption;
  /** Short description of what the chart shows, for assistive technology. */
  ariaLabel: string;
  height: number | string;
  onEvents?: Partial<Record<'click' | 'mouseover', ChartEventHandler>>;
  className?: string;
  testId?: string;
}

type ChartContainer = HTMLDivElement & { echartsInstance?: unknown };

function ChartCanvas({ option, height, onEvents }: Pick<EChartProps, 'option' | 'height' | 'onEvents'>) {
  const { echarts } = use(loadChartEngine());
  const containerRef = useRef<HTMLDivElement>(null);
  const chartRef = useRef<ReturnType<typeof echarts.init> | null>(null);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const chart = echarts.init(container, null, { renderer: 'canvas' });
    chartRef.current = chart;
    // The browser tests read what was drawn (getOption) to compare it with the table view.
    (container as ChartContainer).echartsInstance = chart;
    // A hidden container (0×0) cannot be drawn into; some series (maps) throw if asked to.
    const resize = () => {
      if (container.clientWidth > 0 && container.clientHeight > 0) chart.resize();
    };
    const observer = new ResizeObserver(resize);
    observer.observe(container);
    // Print lays the page out at paper width: redraw for it, and back for the screen.
    const print = window.matchMedia?.('print');
    print?.addEventListener?.('change', resize);
    return () => {
      print?.removeEventListener?.('change', resize);
      observer.disconnect();
      chart.dispose();
      chartRef.current = null;
    };
  }, [echarts]);

  // The theme's decal patterns (projector) apply to every chart, so no builder has to know about them.
  const { decal } = useChartTheme();
  useEffect(() => {
    chartRef.current?.setOption(
      withSafeTooltips({ ...option, aria: { enabled: true, decal: { show: decal }, ...option.aria } }),
      { notMerge: true },
    );
  }, [option, echarts, decal]);

  useEffect(() => {
    const chart = chartRef.current;
    if (!chart || !onEvents) return;
    const entries = Object.entries(onEvents).filter(
      (entry): entry is [string, ChartEventHandler] => entry[1] !== undefined,
    );
    for (const [name, handler] of entries) chart.on(name, handler as (params: unknown) => void);
    return () => {
      for (const [name, handler] of entries) chart.off(name, handler as (params: unknown) => void);
    };
  }, [onEvents, echarts]);

  return <div ref={containerRef} className="echart__canvas" style={{ height }} />;
}

export function EChart({ option, ariaLabel, height, onEvents, className, testId }: EChartProps) {
  return (
    // ECharts writes its own generated description onto the chart element; the label of what the
    // chart is about stays on the figure around it.
    <figure className={`echart${className ? ` ${className}` : ''}`} aria-label={ariaLabel} data-testid={testId}>
      <ErrorBoundary
        fallbackRender={({ error, resetErrorBoundary }) => (
          <ErrorState error={error} onRetry={resetErrorBoundary} compact />
        )}
      >
        <Suspense fallback={<div className="echart__placeholder" style={{ height }} aria-hidden="true" />}>
          <ChartCanvas option={option} height={height} onEvents={onEvents} />
        </Suspense>
      </ErrorBoundary>
    </figure>
  );
}
