/**
 * Trend of one indicator over the cumulative periods: the cumulative level as bars (left axis, in
 * the indicator's unit) and the year-on-year growth as a line (right axis, %, its basis in the axis
 * name), with the 2024 target as a line over the 2024 periods. Illustrative values are hatched bars
 * and hollow dashed points; the selected period is marked on both.
 *
 * No label may sit on another or on a bar: the bars fill the lower half of the plot and the line
 * (with its labels) the upper part, each on its own axis of round ticks; the target and a gap in
 * the line are named in the legend instead of labelled inside the plot.
 */
import { hoveredItem, tooltipFormatter, type TooltipLine } from '../../../lib/chart-escape';
import { bandAxis, gapConnector } from '../../../lib/chart-layout';
import { labelledGrid, numberLabel, selectedMarkStyle, topLegend } from '../../../lib/chart-parts';
import type { ChartTheme } from '../../../lib/chart-theme';
import type { ChartOption } from '../../../lib/echarts';
import { illustrativeBarStyle, illustrativePointStyle } from '../../../lib/illustrative-style';
import type { TrendPoint } from '../model/kpi-figures';
import { earlierValues, type EarlierValue } from '../../../domain/revisions';
import { scaleForDisplay } from '../../../lib/format';

export interface TrendTargetLine {
  value: number;
  /** Periods the target applies to (the target's year). */
  periods: readonly string[];
  label: string;
}

export interface TrendOptionInput {
  periods: readonly string[];
  levels: readonly TrendPoint[] | null;
  growth: readonly TrendPoint[];
  selectedPeriod: string;
  target: TrendTargetLine | null;
  /** Multiplies levels into the unit of the axis (亿元 → ¥ bn). Tooltips show the level as given. */
  levelScale: number;
  labels: {
    period: (period: string) => string;
    levelSeries: string;
    growthSeries: string;
    illustrative: string;
    /** The second-hand mark, for points from a secondary source. */
    secondary?: string;
    /** The revised mark with the earlier values (revisionHint), for points a later release revised. */
    revised?: (earlier: readonly EarlierValue[]) => string;
    /** Legend entry of the dashed connector across a period with no published rate. */
    gap: string;
    formatLevel: (value: number) => string;
    formatGrowth: (value: number) => string;
  };
  theme: ChartTheme;
}

/** Where the bars and the line sit in the plot's height (0 bottom, 1 top). */
export const LEVEL_BAND = [0, 0.48] as const;
export const GROWTH_BAND = [0.58, 0.9] as const;

export function buildTrendOption(input: TrendOptionInput): ChartOption {
  const { periods, levels, growth, selectedPeriod, target, levelScale, labels, theme } = input;
  const categories = periods.map(labels.period);
  const axisText = { color: theme.mutedText, fontSize: theme.fontSize.axis, hideOverlap: true };
  const pointBy = (points: readonly TrendPoint[] | null, period: string) => points?.find((p) => p.period === period);
  const marks = (point: TrendPoint | undefined, format: (value: number) => string) =>
    `${point?.illustrative ? ` (${labels.illustrative})` : ''}${point?.secondary && labels.secondary ? ` (${labels.secondary})` : ''}` +
    (point?.revisions?.length && labels.revised
      ? ` (${labels.revised(earlierValues({ revisions: point.revisions }, format))})`
      : '');
  const levelColor = theme.categorical[4]!;

  const levelValues = periods.map((period) => {
    const value = pointBy(levels, period)?.value;
    return value == null ? null : scaleForDisplay(value, levelScale);
  });
  const growthValues = periods.map((period) => pointBy(growth, period)?.value ?? null);
  const growthAxisIndex = levels ? 1 : 0;

  const series: NonNullable<ChartOption['series']> = [];
  if (levels) {
    series.push({
      type: 'bar',
      name: labels.levelSeries,
      yAxisIndex: 0,
      barMaxWidth: 36,
      // The series colour is the legend's: the same as the bars.
      itemStyle: { color: levelColor },
      data: periods.map((period, index) => {
        const point = pointBy(levels, period);
        const selected = period === selectedPeriod;
        return {
          value: levelValues[index] ?? '-',
          itemStyle: point?.illustrative
            ? illustrativeBarStyle(theme, { selected })
            : selected
              ? selectedMarkStyle(theme, 2)
              : { color: levelColor },
        };
      }),
    });
  }
  const connector = gapConnector(growthValues, { name: labels.gap, theme, yAxisIndex: growthAxisIndex });
  series.push({
    type: 'line',
    name: labels.growthSeries,
    yAxisIndex: growthAxisIndex,
    connectNulls: false,
    z: 3,
    lineStyle: { color: theme.primary, width: 3 },
    itemStyle: { color: theme.primary },
    label: {
      show: true,
      position: 'top',
      distance: 8,
      fontSize: theme.fontSize.label,
      color: theme.text,
      formatter: numberLabel(labels.formatGrowth),
    },
    labelLayout: { hideOverlap: true },
    data: periods.map((period, index) => {
      const point = pointBy(growth, period);
      const selected = period === selectedPeriod;
      return {
        value: growthValues[index] ?? '-',
        symbol: selected ? 'diamond' : 'circle',
        symbolSize: selected ? 16 : 10,
        itemStyle: point?.illustrative
          ? illustrativePointStyle(theme, { selected })
          : selected
            ? selectedMarkStyle(theme, 2)
            : { color: theme.primary, borderColor: theme.primary, borderWidth: 2 },
      };
    }),
  });
  // After the line it completes (drawn beneath it: z), so the series keep their order: bars, growth.
  if (connector) series.push(connector);
  if (target) {
    // The target as a line of its own: named in the legend, never a label over the figures.
    series.push({
      type: 'line',
      name: target.label,
      yAxisIndex: growthAxisIndex,
      silent: true,
      symbol: 'none',
      z: 2,
      lineStyle: { color: theme.reference, type: 'dashed', width: 2 },
      itemStyle: { color: theme.reference },
      tooltip: { show: false },
      data: periods.map((period) => (target.periods.includes(period) ? target.value : '-')),
    });
  }

  const rates = [...growthValues, target?.value ?? null].filter((v): v is number => v !== null);
  const growthBand = bandAxis(
    rates.length ? Math.min(...rates) : 0,
    rates.length ? Math.max(...rates) : 1,
    levels ? GROWTH_BAND : [0.08, 0.9],
  );
  const presentLevels = levelValues.filter((v): v is number => v !== null);
  const levelBand = bandAxis(Math.min(0, ...presentLevels), Math.max(1, ...presentLevels), LEVEL_BAND);
  // Below the line's band the growth axis runs beside the bars: no tick labels there.
  const lowestRate = rates.length ? Math.min(...rates) : growthBand.min;
  const growthAxis = {
    type: 'value' as const,
    // No axis titles: the legend names each series with its unit and the ticks carry "%"; a title
    // above the axis would meet the legend when it wraps, one beside it takes the periods' room.
    axisLabel: {
      ...axisText,
      formatter: (value: number) =>
        levels && value < lowestRate - growthBand.interval ? '' : `${scaleForDisplay(value, 1)}%`,
    },
    splitLine: { show: !levels, lineStyle: { color: theme.gridLine } },
    ...growthBand,
  };
  const legendNames = [
    ...(levels ? [labels.levelSeries] : []),
    labels.growthSeries,
    ...(target ? [target.label] : []),
    ...(connector ? [labels.gap] : []),
  ];
  return {
    animation: false,
    grid: labelledGrid({ left: 12, right: 12, top: 56, bottom: 8 }),
    legend: topLegend(legendNames, theme, { toggles: true }),
    tooltip: {
      trigger: 'axis',
      formatter: tooltipFormatter((params) => {
        const period = hoveredItem(params, periods);
        if (!period) return [];
        const lines: (string | TooltipLine)[] = [{ text: labels.period(period), strong: true }];
        const level = pointBy(levels, period);
        if (levels)
          lines.push(
            `${labels.levelSeries}: ${level?.value == null ? '—' : labels.formatLevel(level.value)}${marks(level, labels.formatLevel)}`,
          );
        const rate = pointBy(growth, period);
        lines.push(
          `${labels.growthSeries}: ${rate?.value == null ? '—' : labels.formatGrowth(rate.value)}${marks(rate, labels.formatGrowth)}`,
        );
        return lines;
      }),
    },
    xAxis: {
      type: 'category',
      data: categories,
      // Every period is labelled where there is room; on a narrow chart with large type a label that
      // would touch its neighbour is left out (the tooltip and the table name every period).
      axisLabel: { ...axisText, interval: 0, hideOverlap: true },
      axisLine: { lineStyle: { color: theme.axisLine } },
      axisTick: { show: false },
    },
    yAxis: levels
      ? [
          {
            type: 'value',
            axisLabel: axisText,
            splitLine: { lineStyle: { color: theme.gridLine } },
            ...levelBand,
          },
          growthAxis,
        ]
      : [growthAxis],
    series,
  } satisfies ChartOption;
}
