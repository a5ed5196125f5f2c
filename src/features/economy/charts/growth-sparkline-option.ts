import { tooltipFormatter } from '../../../lib/chart-escape';
import type { ChartTheme } from '../../../lib/chart-theme';
import { gapConnector } from '../../../lib/chart-layout';
import type { ChartOption } from '../../../lib/echarts';
import { illustrativePointStyle } from '../../../lib/illustrative-style';
import type { TrendPoint } from '../model/kpi-figures';

export interface SparklineInput {
  points: readonly TrendPoint[];
  selectedPeriod: string;
  /** Period labels as the tooltip shows them. */
  label: (period: string) => string;
  /** Short period labels for the axis. */
  axisLabel: (period: string) => string;
  /** Value as the tooltip shows it. */
  formatValue: (value: number) => string;
  seriesName: string;
  illustrativeLabel: string;
  /** Name of the dashed connector across a period with no figure (tooltip and screen readers). */
  gapLabel: string;
  theme: ChartTheme;
}

/** A small growth trend: a line over the periods, the selected one marked, illustrative points hollow. */
export function buildGrowthSparklineOption(input: SparklineInput): ChartOption {
  const { points, selectedPeriod, label, axisLabel, formatValue, seriesName, illustrativeLabel, theme } = input;
  const connector = gapConnector(
    points.map((p) => p.value),
    { name: input.gapLabel, theme },
  );
  return {
    animation: false,
    grid: { left: 8, right: 8, top: 22, bottom: 34, containLabel: false },
    xAxis: {
      type: 'category',
      data: points.map((p) => label(p.period)),
      axisTick: { show: false },
      axisLine: { lineStyle: { color: theme.axisLine } },
      axisLabel: {
        interval: 0,
        fontSize: 11,
        lineHeight: 13,
        color: theme.mutedText,
        formatter: (_value: string, index: number) => axisLabel(points[index]?.period ?? ''),
      },
    },
    yAxis: { type: 'value', show: false, scale: true },
    tooltip: {
      trigger: 'item',
      formatter: tooltipFormatter((params) => {
        const p = Array.isArray(params) ? params[0] : params;
        const point = p?.dataIndex === undefined ? undefined : points[p.dataIndex];
        const value = typeof p?.value === 'number' ? formatValue(p.value) : '—';
        return [`${p?.name ?? ''}: ${value}${point?.illustrative ? ` (${illustrativeLabel})` : ''}`];
      }),
    },
    series: [
      {
        type: 'line',
        name: seriesName,
        connectNulls: false,
        z: 3,
        // Labels that would run into each other are left to the tooltip.
        labelLayout: { hideOverlap: true },
        label: {
          show: true,
          position: 'top',
          fontSize: 11,
          color: theme.text,
          formatter: (params: { value?: unknown }) =>
            typeof params.value === 'number' ? formatValue(params.value) : '',
        },
        lineStyle: { color: theme.primary, width: 2 },
        itemStyle: { color: theme.primary },
        data: points.map((p) => {
          const selected = p.period === selectedPeriod;
          return {
            value: p.value ?? '-',
            // The selected period: a larger diamond outlined in the text colour, visible in every theme.
            symbol: selected ? 'diamond' : 'circle',
            symbolSize: selected ? 12 : 6,
            itemStyle: p.illustrative
              ? illustrativePointStyle(theme, { selected })
              : selected
                ? { color: theme.highlight, borderColor: theme.text, borderWidth: 1.5 }
                : { color: theme.primary, borderColor: theme.primary, borderWidth: 1 },
          };
        }),
      },
      // Beneath the line (z) across a period with no figure.
      ...(connector ? [connector] : []),
    ],
  } satisfies ChartOption;
}
