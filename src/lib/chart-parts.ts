/**
 * Parts of an option that several charts share, so that each rule has one home: where the legend
 * sits, how a grid keeps its labels inside the chart, how a reference figure is drawn, how a
 * point's value and marks read in a label and a tooltip.
 */
import type { LineSeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, MarkLineComponentOption } from 'echarts/components';
import { hoveredItem, tooltipFormatter } from './chart-escape';
import type { ChartTheme } from './chart-theme';

/**
 * A grid whose box holds the axis labels and names too, not only the plot: a long tick label or an
 * axis name is never cut off at the chart's edge.
 */
export function labelledGrid(box: { left: number; right: number; top: number; bottom: number }): GridComponentOption {
  return { ...box, outerBoundsMode: 'same', outerBoundsContain: 'all' };
}

/**
 * The legend across the top left, where the charts name their series, reference lines and gaps
 * rather than label them on the plot. `toggles`: a click hides a series (charts with one series
 * and its reference keep it fixed).
 */
export function topLegend(
  names: readonly string[],
  theme: ChartTheme,
  { toggles = false }: { toggles?: boolean } = {},
): LegendComponentOption {
  return {
    top: 0,
    left: 0,
    data: [...names],
    ...(toggles ? {} : { selectedMode: false }),
    textStyle: { color: theme.text, fontSize: theme.fontSize.label },
  };
}

/** A figure to compare with, e.g. the city's: drawn as a line across the plot. */
export interface ReferenceFigure {
  value: number;
  label: string;
  illustrative: boolean;
}

/**
 * A reference figure as a line across the plot (on `axis`, the axis its value is read on), dotted
 * when illustrative, and its entry for the legend: it is named there, never labelled on the plot
 * where it would sit on the ticks or the points.
 */
export function referenceLine(
  reference: ReferenceFigure,
  axis: 'xAxis' | 'yAxis',
  theme: ChartTheme,
  { width }: { width?: number } = {},
): { markLine: MarkLineComponentOption; legendEntry: LineSeriesOption } {
  const lineStyle = {
    color: theme.reference,
    type: reference.illustrative ? ('dotted' as const) : ('solid' as const),
    ...(width === undefined ? {} : { width }),
  };
  return {
    markLine: {
      symbol: 'none',
      silent: true,
      lineStyle,
      label: { show: false },
      data: [axis === 'xAxis' ? { xAxis: reference.value } : { yAxis: reference.value }],
    },
    // The legend entry only: the line itself is the markLine.
    legendEntry: {
      type: 'line',
      name: reference.label,
      data: [],
      symbol: 'none',
      silent: true,
      itemStyle: { color: theme.reference },
      lineStyle,
    },
  };
}

/**
 * The selected period's bar or point: the highlight colour outlined in the text colour, so it
 * stands out in every theme (`outline` in pixels, thinner on a small chart).
 */
export function selectedMarkStyle(theme: ChartTheme, outline: number) {
  return { color: theme.highlight, borderColor: theme.text, borderWidth: outline };
}

/** A value label that shows a number formatted and nothing for a missing one. */
export function numberLabel(format: (value: number) => string) {
  return (params: { value?: unknown }) => (typeof params.value === 'number' ? format(params.value) : '');
}

/** A point of a line over the periods. */
export interface PeriodPoint {
  period: string;
  value: number | null;
  illustrative: boolean;
}

/** What a line over the periods says, in the page's language. */
export interface PeriodLineText {
  /** Period names as the tooltip shows them. */
  label: (period: string) => string;
  /** Short period names for the axis. */
  axisLabel: (period: string) => string;
  /** A value as the labels and the tooltip show it. */
  formatValue: (value: number) => string;
  seriesName: string;
  illustrativeLabel: string;
  /** Name of the dashed connector across a period with no figure (legend, tooltip, screen readers). */
  gapLabel: string;
}

/** The periods along the bottom, every one labelled (short), the full name in the tooltip. */
export function periodAxis(
  points: readonly PeriodPoint[],
  text: { label: (period: string) => string; axisLabel: (period: string) => string },
  theme: ChartTheme,
  labelSize: { fontSize: number; lineHeight?: number },
) {
  return {
    type: 'category' as const,
    data: points.map((p) => text.label(p.period)),
    axisTick: { show: false },
    axisLine: { lineStyle: { color: theme.axisLine } },
    axisLabel: {
      interval: 0,
      ...labelSize,
      color: theme.mutedText,
      formatter: (_value: string, index: number) => text.axisLabel(points[index]?.period ?? ''),
    },
  };
}

/**
 * The line of a figure over the periods, in the series colour: drawn above its gap connector (z),
 * open where a period has no figure, each value labelled above its point unless it would run into
 * another (then the tooltip has it).
 */
export function periodLine(
  text: Pick<PeriodLineText, 'seriesName' | 'formatValue'>,
  theme: ChartTheme,
  { labelSize, data }: { labelSize: number; data: LineSeriesOption['data'] },
): LineSeriesOption {
  return {
    type: 'line',
    name: text.seriesName,
    connectNulls: false,
    z: 3,
    lineStyle: { color: theme.primary, width: 2 },
    itemStyle: { color: theme.primary },
    labelLayout: { hideOverlap: true },
    label: {
      show: true,
      position: 'top',
      fontSize: labelSize,
      color: theme.text,
      formatter: numberLabel(text.formatValue),
    },
    data,
  };
}

/** The tooltip of a point on a line over the periods: period, value and the illustrative mark. */
export function periodPointTooltip(
  points: readonly PeriodPoint[],
  formatValue: (value: number) => string,
  illustrativeLabel: string,
) {
  return tooltipFormatter((params) => {
    const p = Array.isArray(params) ? params[0] : params;
    const point = hoveredItem(params, points);
    const value = typeof p?.value === 'number' ? formatValue(p.value) : '—';
    return [`${p?.name ?? ''}: ${value}${point?.illustrative ? ` (${illustrativeLabel})` : ''}`];
  });
}
