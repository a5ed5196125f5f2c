import { tooltipFormatter } from '../../../lib/chart-escape';
import type { ChartOption } from '../../../lib/echarts';
import type { ChartTheme } from '../../../lib/chart-theme';

export interface CityBar {
  region: string;
  name: string;
  value: number | null;
  selected: boolean;
  secondary: boolean;
  /** Only a nominal rate from a secondary source: no bar, said on the label. */
  nominalOnly?: boolean;
}

/**
 * The 11 cities' growth as horizontal bars, highest on top, Shaoxing in the highlight colour, the
 * province as a reference line. A city without a figure has no bar and says so on its label.
 */
export function buildCitiesOption(
  input: {
    bars: readonly CityBar[];
    province: { value: number; label: string } | null;
    formatValue: (value: number) => string;
    missingLabel: string;
    nominalOnlyLabel: string;
    secondaryLabel: string;
    seriesName: string;
  },
  theme: ChartTheme,
): ChartOption {
  const bars = [...input.bars].sort((a, b) =>
    a.value === null ? (b.value === null ? 0 : 1) : b.value === null ? -1 : b.value - a.value,
  );
  const valueLabel = (bar: CityBar) =>
    bar.value === null ? '' : `${input.formatValue(bar.value)}${bar.secondary ? ` (${input.secondaryLabel})` : ''}`;
  return {
    animation: false,
    grid: { left: 8, right: 120, top: input.province ? 30 : 10, bottom: 8, containLabel: true },
    xAxis: {
      type: 'value',
      axisLabel: {
        color: theme.mutedText,
        fontSize: theme.fontSize.axis,
        formatter: (v: number) => input.formatValue(v),
      },
      splitLine: { lineStyle: { color: theme.gridLine } },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: bars.map((b) => b.region),
      axisTick: { show: false },
      axisLine: { lineStyle: { color: theme.axisLine } },
      axisLabel: {
        fontSize: theme.fontSize.label,
        color: theme.text,
        formatter: (_: string, index: number) => {
          const bar = bars[index];
          if (!bar) return '';
          const name = bar.selected ? `{selected|${bar.name}}` : bar.name;
          if (bar.value !== null) return name;
          return `${name} {missing|${bar.nominalOnly ? input.nominalOnlyLabel : input.missingLabel}}`;
        },
        rich: {
          selected: { color: theme.highlight, fontWeight: 'bold', fontSize: theme.fontSize.label },
          missing: { color: theme.mutedText, fontSize: theme.fontSize.label },
        },
      },
    },
    tooltip: {
      trigger: 'item',
      formatter: tooltipFormatter((params) => {
        const p = Array.isArray(params) ? params[0] : params;
        const bar = p?.dataIndex === undefined ? undefined : bars[p.dataIndex];
        return bar && bar.value !== null ? [{ text: `${bar.name}: ${valueLabel(bar)}` }] : [];
      }),
    },
    series: [
      {
        type: 'bar',
        name: input.seriesName,
        barMaxWidth: 22,
        label: {
          show: true,
          position: 'right',
          fontSize: theme.fontSize.label,
          color: theme.text,
          formatter: (params: { dataIndex: number }) => {
            const bar = bars[params.dataIndex];
            return bar ? valueLabel(bar) : '';
          },
        },
        data: bars.map((bar) => ({
          value: bar.value ?? '-',
          itemStyle: { color: bar.selected ? theme.highlight : theme.primary },
        })),
        markLine: input.province
          ? {
              symbol: 'none',
              silent: true,
              lineStyle: { color: theme.reference, type: 'solid', width: 2 },
              label: { position: 'end', formatter: input.province.label, color: theme.reference },
              data: [{ xAxis: input.province.value }],
            }
          : undefined,
      },
    ],
  } as ChartOption;
}
