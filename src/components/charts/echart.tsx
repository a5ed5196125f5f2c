/**
 * The one ECharts wrapper: init on a ref, setOption when the option changes, resize with its
 * container, dispose on unmount. Every option passes through withSafeTooltips. `aria` is on with the
 * chart's own description (what it shows; the table view lists the figures): ECharts' generated
 * description reads a missing point as "NaN".
 *
 * The chart engine is a chunk of its own, requested by the route loaders beside the page's data: the
 * figures of a page show at once and the charts follow, and a failed chunk load costs the chart, not
 * the page. A chart is created when it comes near the viewport (always in presenter, wall and print
 * modes), and says when ECharts has finished drawing it: `data-chart-state` on the figure is
 * `waiting` (not yet near the viewport), `drawing`, then `ready`.
 */
import { Suspense, use, useContext, useEffect, useRef, useState } from 'react';
import { ErrorBoundary } from 'react-error-boundary';
import { withSafeTooltips } from '../../lib/chart-escape';
import type { EChartsCoreOption } from 'echarts/core';
import { usePrinting } from '../../lib/printing';
import { useChartTheme } from '../../filters/use-chart-theme';
import { useCurrentLanguage } from '../../lib/use-current-language';
import { ErrorState } from '../states/states';
import { loadChartEngine } from './chart-engine';
import { ChartInstanceContext, registerChart, type ChartInstance } from './chart-instance';

export type ChartEventHandler = (params: {
  name?: string;
  dataIndex?: number;
  seriesIndex?: number;
  data?: unknown;
}) => void;

export type { ChartInstance };

export interface EChartProps {
  /** A builder's option: the shared ChartOption, or a page's own (map, scatter) composed the same way. */
  option: EChartsCoreOption;
  /** Short description of what the chart shows, for assistive technology. */
  ariaLabel: string;
  height: number | string;
  onEvents?: Partial<Record<'click' | 'mouseover', ChartEventHandler>>;
  className?: string;
  testId?: string;
  /** Draw at once, whatever the scroll position (presenter and wall slides, which are all on screen). */
  eager?: boolean;
}

type ChartState = 'waiting' | 'drawing' | 'ready';

/** How far outside the viewport a chart starts being drawn, so scrolling rarely shows a blank. */
const NEAR_VIEWPORT_MARGIN = '300px 0px';

function ChartCanvas({
  option,
  height,
  onEvents,
  onState,
  description,
}: Pick<EChartProps, 'option' | 'height' | 'onEvents'> & {
  onState: (state: ChartState) => void;
  description: string;
}) {
  const { echarts, registeredTheme } = use(loadChartEngine());
  const containerRef = useRef<HTMLDivElement>(null);
  const [chart, setChart] = useState<ChartInstance | null>(null);
  const panelRef = useContext(ChartInstanceContext);
  const chartTheme = useChartTheme();
  const { decal, fontSize } = chartTheme;
  // ECharts' own text (its screen-reader summary, "no data" and the like) is fixed at init: a
  // change of language creates the chart anew in the new locale.
  const locale = useCurrentLanguage() === 'zh-CN' ? 'ZH' : 'EN';
  // The theme the chart was last drawn in: a switch goes through setTheme, not a new instance.
  const themeName = registeredTheme(chartTheme);
  const latestTheme = useRef(themeName);
  const appliedTheme = useRef(themeName);
  useEffect(() => {
    latestTheme.current = themeName;
  }, [themeName]);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    appliedTheme.current = latestTheme.current;
    const chart = echarts.init(container, appliedTheme.current, { renderer: 'canvas', locale });
    const figure = container.closest('figure') ?? container;
    setChart(chart);
    if (panelRef) panelRef.current = chart;
    registerChart(figure, chart);
    chart.on('finished', () => onState('ready'));
    // A hidden container (0×0) cannot be drawn into; some series (maps) throw if asked to. The
    // observer's first call reports the size the chart was created at: no second drawing for it.
    let size = `${container.clientWidth}x${container.clientHeight}`;
    const resize = () => {
      const next = `${container.clientWidth}x${container.clientHeight}`;
      if (next === size) return;
      size = next;
      if (container.clientWidth > 0 && container.clientHeight > 0) {
        // Drawing again at the new size (the paper's, when printing): ready once ECharts has finished.
        onState('drawing');
        chart.resize();
      }
    };
    const observer = new ResizeObserver(resize);
    observer.observe(container);
    // Print lays the page out at paper width: redraw for it, and back for the screen.
    const print = window.matchMedia?.('print');
    print?.addEventListener?.('change', resize);
    return () => {
      print?.removeEventListener?.('change', resize);
      observer.disconnect();
      registerChart(figure, null);
      if (panelRef?.current === chart) panelRef.current = null;
      chart.dispose();
      setChart(null);
    };
  }, [echarts, onState, locale, panelRef]);

  // The theme's decal patterns (projector) apply to every chart, so no builder has to know about them;
  // so does its label size, for any text a builder leaves unsized (ECharts' own 12 px would be far
  // below reading size on a slide).
  useEffect(() => {
    if (!chart) return;
    onState('drawing');
    chart.setOption(
      withSafeTooltips({
        ...option,
        // Text without a size of its own (reference labels, ECharts' defaults) reads at the theme's label size.
        textStyle: { fontSize: fontSize.label, ...(option.textStyle as object | undefined) },
        aria: { enabled: true, label: { description }, decal: { show: decal }, ...(option.aria as object | undefined) },
      }),
      { notMerge: true },
    );
    if (appliedTheme.current !== themeName) {
      appliedTheme.current = themeName;
      chart.setTheme(themeName);
    }
  }, [chart, option, decal, fontSize.label, themeName, onState, description]);

  useEffect(() => {
    if (!chart || !onEvents) return;
    const entries = Object.entries(onEvents).filter(
      (entry): entry is [string, ChartEventHandler] => entry[1] !== undefined,
    );
    for (const [name, handler] of entries) chart.on(name, handler as (params: unknown) => void);
    return () => {
      for (const [name, handler] of entries) chart.off(name, handler as (params: unknown) => void);
    };
  }, [onEvents, chart]);

  return <div ref={containerRef} className="echart__canvas" style={{ height }} />;
}

/** True once the element has come near the viewport (or at once, where there is no observer). */
function useNearViewport(ref: React.RefObject<Element | null>, enabled: boolean): boolean {
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const element = ref.current;
    if (!enabled || near || !element) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          setNear(true);
          observer.disconnect();
        }
      },
      { rootMargin: NEAR_VIEWPORT_MARGIN },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, enabled, near]);
  return near;
}

export function EChart({ option, ariaLabel, height, onEvents, className, testId, eager = false }: EChartProps) {
  const figureRef = useRef<HTMLElement>(null);
  const printing = usePrinting();
  const draw = useNearViewport(figureRef, !eager && !printing) || eager || printing;
  const [state, setState] = useState<ChartState>('waiting');
  return (
    // ECharts writes its own generated description onto the chart element; the label of what the
    // chart is about stays on the figure around it.
    <figure
      ref={figureRef}
      className={`echart${className ? ` ${className}` : ''}`}
      aria-label={ariaLabel}
      data-testid={testId}
      data-chart-state={draw ? state : 'waiting'}
    >
      {draw ? (
        <ErrorBoundary
          fallbackRender={({ error, resetErrorBoundary }) => (
            <ErrorState error={error} onRetry={resetErrorBoundary} compact />
          )}
        >
          <Suspense fallback={<div className="echart__placeholder" style={{ height }} aria-hidden="true" />}>
            <ChartCanvas
              option={option}
              height={height}
              onEvents={onEvents}
              onState={setState}
              description={ariaLabel}
            />
          </Suspense>
        </ErrorBoundary>
      ) : (
        <div className="echart__placeholder" style={{ height }} aria-hidden="true" />
      )}
    </figure>
  );
}
