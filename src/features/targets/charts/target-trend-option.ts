import type { ChartTheme } from '../../../lib/chart-theme';
import { gapConnector } from '../../../lib/chart-layout';
import {
  labelledGrid,
  periodAxis,
  periodLine,
  periodPointTooltip,
  topLegend,
  type PeriodLineText,
  type PeriodPoint,
} from '../../../lib/chart-parts';
import type { ChartOption } from '../../../lib/echarts';
import { illustrativePointStyle } from '../../../lib/illustrative-style';

export interface TargetTrendInput extends PeriodLineText {
  points: readonly PeriodPoint[];
  /** The target line, where the figure and the target share a unit. */
  targetValue: number | null;
  targetLabel: string;
}

/** The linked indicator over the periods, illustrative points hollow and dashed, the target as a line. */
export function buildTargetTrendOption(input: TargetTrendInput, theme: ChartTheme): ChartOption {
  const { points, targetValue, targetLabel, seriesName, label, axisLabel, formatValue, illustrativeLabel } = input;
  // The axis holds the figures and the target line, with room for the labels above the points.
  const values = [...points.map((p) => p.value), targetValue].filter((v): v is number => v !== null);
  const low = Math.min(...values);
  const high = Math.max(...values);
  const pad = (high - low) * 0.2 || Math.abs(high) * 0.1 || 1;
  // Ends on round numbers, so the end labels do not crowd the ticks between them.
  const unit = 10 ** Math.floor(Math.log10(high - low + pad)) / 2;
  const axisMin = Math.floor((low - pad) / unit) * unit;
  const axisMax = Math.ceil((high + pad) / unit) * unit;
  const connector = gapConnector(
    points.map((p) => p.value),
    { name: input.gapLabel, theme },
  );
  // The series, the target and a gap are named in the legend; no label on the plot but the figures'.
  const legendNames = [
    seriesName,
    ...(targetValue === null ? [] : [targetLabel]),
    ...(connector ? [input.gapLabel] : []),
  ];
  return {
    animation: false,
    grid: labelledGrid({ left: 16, right: 24, top: 44, bottom: 16 }),
    legend: topLegend(legendNames, theme),
    xAxis: periodAxis(points, { label, axisLabel }, theme, { fontSize: theme.fontSize.axis }),
    yAxis: {
      type: 'value',
      min: values.length ? Number(axisMin.toPrecision(6)) : undefined,
      max: values.length ? Number(axisMax.toPrecision(6)) : undefined,
      axisLabel: {
        fontSize: theme.fontSize.axis,
        color: theme.mutedText,
        hideOverlap: true,
        formatter: (v: number) => formatValue(v),
      },
      splitLine: { lineStyle: { color: theme.gridLine } },
    },
    tooltip: {
      trigger: 'item',
      textStyle: { fontSize: theme.fontSize.tooltip },
      formatter: periodPointTooltip(points, formatValue, illustrativeLabel),
    },
    series: [
      periodLine({ seriesName, formatValue }, theme, {
        labelSize: theme.fontSize.label,
        // Sourced figures solid; illustrative ones hollow, grey and dashed, never in a data colour.
        data: points.map((p) =>
          p.illustrative
            ? {
                value: p.value ?? '-',
                symbolSize: 9,
                itemStyle: illustrativePointStyle(theme),
                label: { color: theme.mutedText },
              }
            : { value: p.value ?? '-', symbol: 'circle', symbolSize: 9, itemStyle: { color: theme.primary } },
        ),
      }),
      ...(targetValue === null
        ? []
        : [
            {
              // The target as a line of its own, named in the legend: never a label over the figures.
              type: 'line' as const,
              name: targetLabel,
              silent: true,
              symbol: 'none',
              z: 2,
              lineStyle: { color: theme.reference, type: 'dashed' as const, width: 2 },
              itemStyle: { color: theme.reference },
              tooltip: { show: false },
              data: points.map(() => targetValue),
            },
          ]),
      // Beneath the line (z) across a period with no figure.
      ...(connector ? [connector] : []),
    ],
  } satisfies ChartOption;
}
