import { tooltipFormatter } from '../../../lib/chart-escape';
import type { ChartTheme } from '../../../lib/chart-theme';
import type { ChartOption } from '../../../lib/echarts';
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
  theme: ChartTheme;
}

/** A small growth trend: a line over the periods, the selected one marked, illustrative points hollow. */
export function buildGrowthSparklineOption(input: SparklineInput): ChartOption {
  const { points, selectedPeriod, label, axisLabel, formatValue, seriesName, illustrativeLabel, theme } = input;
  const colors = {
    line: theme.primary,
    selected: theme.highlight,
    illustrative: theme.illustrative,
    surface: theme.surface,
    text: theme.text,
  };
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
        label: {
          show: true,
          position: 'top',
          fontSize: 11,
          color: colors.text,
          formatter: (params: { value?: unknown }) =>
            typeof params.value === 'number' ? formatValue(params.value) : '',
        },
        lineStyle: { color: colors.line, width: 2 },
        data: points.map((p) => ({
          value: p.value ?? '-',
          symbolSize: p.period === selectedPeriod ? 10 : 5,
          itemStyle: {
            color: p.period === selectedPeriod ? colors.selected : p.illustrative ? colors.surface : colors.line,
            borderColor: p.illustrative
              ? colors.illustrative
              : p.period === selectedPeriod
                ? colors.selected
                : colors.line,
            borderType: p.illustrative ? 'dashed' : 'solid',
            borderWidth: 2,
          },
        })),
      },
    ],
  } as ChartOption;
}
