import { hoveredItem, tooltipFormatter, type TooltipContent } from '../../../lib/chart-escape';
import { labelledGrid, referenceLine, topLegend, type ReferenceFigure } from '../../../lib/chart-parts';
import type { ChartOption } from '../../../lib/echarts';
import type { ChartTheme } from '../../../lib/chart-theme';
import { illustrativeBarStyle } from '../../../lib/illustrative-style';

export interface RankingBar {
  region: string;
  /** Axis label: the rank and the name, e.g. "1  柯桥区". */
  label: string;
  value: number | null;
  illustrative: boolean;
  /** From a secondary source: the value label says so, as the tooltip and the table do. */
  secondary: boolean;
  selected: boolean;
  /** e.g. "▲2", "▼1", "" */
  change: string;
  /** Tooltip lines, already formatted. */
  tooltip: TooltipContent;
}

export interface RankingChartInput {
  bars: readonly RankingBar[];
  /** The city figure as a reference line; null draws none. */
  reference: ReferenceFigure | null;
  formatValue: (value: number) => string;
  missingLabel: string;
  illustrativeLabel: string;
  /** The second-hand mark (二手来源) put after a secondary bar's value. */
  secondaryLabel: string;
  seriesName: string;
}

/**
 * The six as horizontal bars, best on top. Illustrative bars are hollow with a dashed outline and
 * hatching; the selected district is drawn in the highlight colour; a missing figure has no bar and
 * says so on its axis label.
 */
export function buildRankingOption(input: RankingChartInput, theme: ChartTheme): ChartOption {
  const { bars, reference, formatValue } = input;
  // The value beside a bar carries the marks of its figure, so a PNG or a projected chart never shows it bare.
  const valueLabel = (bar: RankingBar) =>
    bar.value === null
      ? ''
      : `${formatValue(bar.value)}${bar.illustrative ? ` (${input.illustrativeLabel})` : ''}${bar.secondary ? ` (${input.secondaryLabel})` : ''}`;
  // Value labels sit right of the bars, outside what the grid's outer bounds measure: leave them room
  // (an estimate: CJK characters are about one em wide, others about six tenths).
  const labelEms = (text: string) => [...text].reduce((sum, char) => sum + (char >= '\u2e80' ? 1 : 0.62), 0);
  const longestLabel = Math.max(0, ...bars.map((bar) => labelEms(valueLabel(bar))));
  const labelRoom = Math.max(96, Math.ceil(longestLabel * theme.fontSize.label) + 12);
  // The city figure is named in the legend, never labelled on the plot where it would sit on the ticks.
  const cityLine = reference ? referenceLine(reference, 'xAxis', theme, { width: 2 }) : null;
  return {
    animation: false,
    grid: labelledGrid({ left: 8, right: labelRoom, top: reference ? 40 : 12, bottom: 8 }),
    legend: reference ? topLegend([reference.label], theme) : undefined,
    xAxis: {
      type: 'value',
      scale: false,
      // Few, round ticks; a label that would touch its neighbour is left out.
      splitNumber: 4,
      axisLabel: {
        color: theme.mutedText,
        fontSize: theme.fontSize.axis,
        hideOverlap: true,
        formatter: (v: number) => formatValue(v),
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
        fontSize: theme.fontSize.label + 1,
        color: theme.text,
        // A long name from the API is cut with an ellipsis; the tooltip shows it whole.
        width: 180,
        overflow: 'truncate',
        formatter: (_: string, index: number) => {
          const bar = bars[index];
          if (!bar) return '';
          const name = bar.selected ? `{selected|${bar.label}}` : bar.label;
          const change = bar.change ? ` {change|${bar.change}}` : '';
          const missing = bar.value === null ? ` {missing|${input.missingLabel}}` : '';
          return `${name}${change}${missing}`;
        },
        rich: {
          selected: { color: theme.highlight, fontWeight: 'bold', fontSize: theme.fontSize.label + 1 },
          change: { color: theme.mutedText, fontSize: theme.fontSize.label },
          missing: { color: theme.mutedText, fontSize: theme.fontSize.label },
        },
      },
    },
    tooltip: {
      trigger: 'item',
      formatter: tooltipFormatter((params) => hoveredItem(params, bars)?.tooltip ?? []),
    },
    series: [
      {
        type: 'bar',
        name: input.seriesName,
        barMaxWidth: 34,
        itemStyle: { color: theme.primary },
        labelLayout: { hideOverlap: true },
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
        data: bars.map((bar) => {
          const color = bar.selected ? theme.highlight : theme.primary;
          return {
            value: bar.value ?? '-',
            itemStyle: bar.illustrative ? illustrativeBarStyle(theme, { selected: bar.selected }) : { color },
          };
        }),
        markLine: cityLine?.markLine,
      },
      ...(cityLine ? [cityLine.legendEntry] : []),
    ],
  } satisfies ChartOption;
}
