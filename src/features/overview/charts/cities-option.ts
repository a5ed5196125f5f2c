import { tooltipFormatter } from '../../../lib/chart-escape';
import { labelledGrid, referenceLine, topLegend } from '../../../lib/chart-parts';
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
  // The province is named in the legend, never labelled on the plot, where it sat on the ticks.
  const provinceLine = input.province
    ? referenceLine({ ...input.province, illustrative: false }, 'xAxis', theme, { width: 2 })
    : null;
  return {
    animation: false,
    grid: labelledGrid({ left: 8, right: 120, top: input.province ? 40 : 10, bottom: 8 }),
    legend: input.province ? topLegend([input.province.label], theme) : undefined,
    xAxis: {
      type: 'value',
      // Colours and sizes of the axes are the theme's (toEChartsTheme).
      axisLabel: { formatter: (v: number) => input.formatValue(v) },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: bars.map((b) => b.region),
      axisTick: { show: false },
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
        markLine: provinceLine?.markLine,
      },
      ...(provinceLine ? [provinceLine.legendEntry] : []),
    ],
  } as ChartOption;
}
