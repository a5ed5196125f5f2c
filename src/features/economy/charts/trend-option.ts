/**
 * Trend of one indicator over the cumulative periods: the cumulative level as bars (left axis, in
 * the indicator's unit) and the year-on-year growth as a line (right axis, %, its basis in the axis
 * name), with the 2024 target as a line over the 2024 periods. Illustrative values are hatched bars
 * and hollow dashed points; the selected period is marked on both.
 */
import { tooltipFormatter, type TooltipLine } from '../../../lib/chart-escape';
import type { ChartTheme } from '../../../lib/chart-theme';
import type { ChartOption } from '../../../lib/echarts';
import type { TrendPoint } from '../model/kpi-figures';
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
    levelAxis: string;
    growthAxis: string;
    illustrative: string;
    /** The second-hand mark, for points from a secondary source. */
    secondary?: string;
    formatLevel: (value: number) => string;
    formatGrowth: (value: number) => string;
  };
  theme: ChartTheme;
}

export function buildTrendOption(input: TrendOptionInput): ChartOption {
  const { periods, levels, growth, selectedPeriod, target, levelScale, labels, theme } = input;
  const categories = periods.map(labels.period);
  const axisText = { color: theme.mutedText, fontSize: theme.fontSize.axis };
  const pointBy = (points: readonly TrendPoint[] | null, period: string) => points?.find((p) => p.period === period);
  const marks = (point: TrendPoint | undefined) =>
    `${point?.illustrative ? ` (${labels.illustrative})` : ''}${point?.secondary && labels.secondary ? ` (${labels.secondary})` : ''}`;

  const series: NonNullable<ChartOption['series']> = [];
  if (levels) {
    series.push({
      type: 'bar',
      name: labels.levelSeries,
      yAxisIndex: 0,
      barMaxWidth: 36,
      data: periods.map((period) => {
        const point = pointBy(levels, period);
        const selected = period === selectedPeriod;
        return {
          value: point?.value == null ? '-' : scaleForDisplay(point.value, levelScale),
          itemStyle: point?.illustrative
            ? {
                color: theme.name === 'dark' ? '#3a4350' : '#e6e9ee',
                borderColor: selected ? theme.highlight : theme.illustrative,
                borderType: 'dashed',
                borderWidth: selected ? 2 : 1,
                decal: {
                  symbol: 'rect',
                  dashArrayX: [1, 0],
                  dashArrayY: [2, 4],
                  rotation: -Math.PI / 4,
                  color: theme.illustrative,
                },
              }
            : { color: selected ? theme.highlight : theme.categorical[4], opacity: selected ? 1 : 0.75 },
        };
      }),
    });
  }
  series.push({
    type: 'line',
    name: labels.growthSeries,
    yAxisIndex: levels ? 1 : 0,
    connectNulls: false,
    lineStyle: { color: theme.primary, width: 3 },
    itemStyle: { color: theme.primary },
    label: {
      show: true,
      position: 'top',
      fontSize: theme.fontSize.label,
      color: theme.text,
      formatter: (params: { value?: unknown }) =>
        typeof params.value === 'number' ? labels.formatGrowth(params.value) : '',
    },
    data: periods.map((period) => {
      const point = pointBy(growth, period);
      const selected = period === selectedPeriod;
      return {
        value: point?.value ?? '-',
        symbolSize: selected ? 14 : 9,
        itemStyle: {
          color: point?.illustrative ? theme.surface : selected ? theme.highlight : theme.primary,
          borderColor: selected ? theme.highlight : point?.illustrative ? theme.illustrative : theme.primary,
          borderType: point?.illustrative ? 'dashed' : 'solid',
          borderWidth: 2,
        },
      };
    }),
    markLine: target
      ? {
          symbol: 'none',
          silent: true,
          lineStyle: { color: theme.reference, type: 'dashed', width: 2 },
          label: {
            formatter: target.label,
            color: theme.reference,
            fontSize: theme.fontSize.label,
            position: 'insideEndTop',
          },
          data: [
            [
              { coord: [labels.period(target.periods[0]!), target.value] },
              { coord: [labels.period(target.periods.at(-1)!), target.value] },
            ],
          ],
        }
      : undefined,
  });

  // The axis always takes in the target, so that its line is drawn even when every rate is above it.
  const withTarget = (extent: { min: number; max: number }, side: 'min' | 'max') => {
    const bound = target ? Math[side](extent[side], target.value) : extent[side];
    return side === 'min' ? Math.floor(bound - 0.5) : Math.ceil(bound + 0.5);
  };
  const growthAxis = {
    type: 'value' as const,
    name: labels.growthAxis,
    nameTextStyle: axisText,
    axisLabel: { ...axisText, formatter: '{value}%' },
    splitLine: { show: !levels, lineStyle: { color: theme.gridLine } },
    min: (extent: { min: number; max: number }) => withTarget(extent, 'min'),
    max: (extent: { min: number; max: number }) => withTarget(extent, 'max'),
  };
  return {
    animation: false,
    grid: { left: 12, right: 12, top: 48, bottom: 8, containLabel: true },
    legend: { top: 0, left: 0, textStyle: { color: theme.text, fontSize: theme.fontSize.label } },
    tooltip: {
      trigger: 'axis',
      formatter: tooltipFormatter((params) => {
        const list = Array.isArray(params) ? params : [params];
        const period = periods[list[0]?.dataIndex ?? -1];
        if (!period) return [];
        const lines: (string | TooltipLine)[] = [{ text: labels.period(period), strong: true }];
        const level = pointBy(levels, period);
        if (levels)
          lines.push(
            `${labels.levelSeries}: ${level?.value == null ? '—' : labels.formatLevel(level.value)}${marks(level)}`,
          );
        const rate = pointBy(growth, period);
        lines.push(
          `${labels.growthSeries}: ${rate?.value == null ? '—' : labels.formatGrowth(rate.value)}${marks(rate)}`,
        );
        return lines;
      }),
    },
    xAxis: {
      type: 'category',
      data: categories,
      axisLabel: { ...axisText, interval: 0 },
      axisLine: { lineStyle: { color: theme.axisLine } },
      axisTick: { show: false },
    },
    yAxis: levels
      ? [
          {
            type: 'value',
            name: labels.levelAxis,
            nameTextStyle: axisText,
            axisLabel: axisText,
            splitLine: { lineStyle: { color: theme.gridLine } },
          },
          growthAxis,
        ]
      : [growthAxis],
    series,
  } as ChartOption;
}
