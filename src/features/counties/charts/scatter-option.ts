import type { LineSeriesOption, ScatterSeriesOption } from 'echarts/charts';
import type {
  GridComponentOption,
  LegendComponentOption,
  MarkLineComponentOption,
  TooltipComponentOption,
} from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import { hoveredItem, tooltipFormatter, type TooltipContent } from '../../../lib/chart-escape';
import { labelledGrid, referenceLine, topLegend, type ReferenceFigure } from '../../../lib/chart-parts';
import type { ChartTheme } from '../../../lib/chart-theme';
import { illustrativePointStyle } from '../../../lib/illustrative-style';

export type ScatterChartOption = ComposeOption<
  | ScatterSeriesOption
  | LineSeriesOption
  | GridComponentOption
  | LegendComponentOption
  | TooltipComponentOption
  | MarkLineComponentOption
>;

export interface ScatterPoint {
  region: string;
  name: string;
  level: number;
  growth: number;
  /** Either coordinate is illustrative. */
  illustrative: boolean;
  selected: boolean;
  tooltip: TooltipContent;
}

export interface ScatterChartInput {
  points: readonly ScatterPoint[];
  levelAxisName: string;
  growthAxisName: string;
  formatLevel: (value: number) => string;
  formatGrowth: (value: number) => string;
  /** The city's growth on the same basis, as a horizontal reference. */
  cityGrowth: ReferenceFigure | null;
}

/** Level (x) against growth (y): who is big, who is fast. Illustrative points hollow and dashed. */
export function buildScatterOption(input: ScatterChartInput, theme: ChartTheme): ScatterChartOption {
  const { points } = input;
  const axisText = { color: theme.mutedText, fontSize: theme.fontSize.axis, hideOverlap: true };
  const city = input.cityGrowth;
  // The city's growth is named in the legend, not labelled on the plot over the points.
  const cityLine = city ? referenceLine(city, 'yAxis', theme) : null;
  return {
    animation: false,
    grid: labelledGrid({ left: 16, right: 48, top: city ? 56 : 40, bottom: 40 }),
    legend: city ? topLegend([city.label], theme) : undefined,
    xAxis: {
      type: 'value',
      scale: true,
      // Room beyond the largest district (柯桥), so its point and name sit inside the grid, not on its edge.
      boundaryGap: ['5%', '15%'],
      splitNumber: 4,
      name: input.levelAxisName,
      nameLocation: 'middle',
      nameGap: 30,
      nameTextStyle: { color: theme.text, fontSize: theme.fontSize.axis },
      axisLabel: { ...axisText, formatter: (v: number) => input.formatLevel(v) },
      splitLine: { lineStyle: { color: theme.gridLine } },
    },
    yAxis: {
      type: 'value',
      scale: true,
      boundaryGap: ['10%', '10%'],
      name: input.growthAxisName,
      nameTextStyle: { color: theme.text, fontSize: theme.fontSize.axis, align: 'left' },
      axisLabel: { ...axisText, formatter: (v: number) => input.formatGrowth(v) },
      splitLine: { lineStyle: { color: theme.gridLine } },
    },
    tooltip: {
      trigger: 'item',
      formatter: tooltipFormatter((params) => hoveredItem(params, points)?.tooltip ?? []),
    },
    series: [
      {
        type: 'scatter',
        symbolSize: 18,
        itemStyle: { color: theme.primary },
        // Two districts close together: their names move apart rather than overlap.
        labelLayout: { moveOverlap: 'shiftY', hideOverlap: false },
        label: {
          show: true,
          position: 'right',
          color: theme.text,
          fontSize: theme.fontSize.label,
          // A long name from the API is cut with an ellipsis; the tooltip shows it whole.
          width: 120,
          overflow: 'truncate',
          formatter: (params: { dataIndex: number }) => points[params.dataIndex]?.name ?? '',
        },
        data: points.map((point) => {
          const color = point.selected ? theme.highlight : theme.primary;
          return {
            value: [point.level, point.growth],
            itemStyle: point.illustrative
              ? illustrativePointStyle(theme, { selected: point.selected })
              : { color, borderColor: color },
          };
        }),
        markLine: cityLine?.markLine,
      },
      ...(cityLine ? [cityLine.legendEntry] : []),
    ],
  } satisfies ScatterChartOption;
}
