import type { ChartOption } from '../../../lib/echarts';
import type { TrendPoint } from '../model/kpi-figures';

export interface SparklineInput {
  points: readonly TrendPoint[];
  selectedPeriod: string;
  /** Period labels as the axis and tooltip show them. */
  label: (period: string) => string;
  /** Value as the tooltip shows it. */
  formatValue: (value: number) => string;
  seriesName: string;
  illustrativeLabel: string;
  colors: { line: string; selected: string; illustrative: string };
}

/** A small growth trend: a line over the periods, the selected one marked, illustrative points hollow. */
export function buildGrowthSparklineOption(input: SparklineInput): ChartOption {
  const { points, selectedPeriod, label, formatValue, seriesName, illustrativeLabel, colors } = input;
  return {
    animation: false,
    grid: { left: 4, right: 4, top: 8, bottom: 4, containLabel: false },
    xAxis: { type: 'category', data: points.map((p) => label(p.period)), show: false, boundaryGap: false },
    yAxis: { type: 'value', show: false, scale: true },
    tooltip: {
      trigger: 'item',
      formatter: (params) => {
        const p = Array.isArray(params) ? params[0] : params;
        const point = p?.dataIndex === undefined ? undefined : points[p.dataIndex];
        const value = typeof p?.value === 'number' ? formatValue(p.value) : '—';
        return `${p?.name ?? ''}: ${value}${point?.illustrative ? ` (${illustrativeLabel})` : ''}`;
      },
    },
    series: [
      {
        type: 'line',
        name: seriesName,
        connectNulls: false,
        lineStyle: { color: colors.line, width: 2 },
        data: points.map((p) => ({
          value: p.value ?? '-',
          symbolSize: p.period === selectedPeriod ? 10 : 5,
          itemStyle: {
            color: p.period === selectedPeriod ? colors.selected : p.illustrative ? '#ffffff' : colors.line,
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
