import type { ScatterSeriesOption } from 'echarts/charts';
import type { GridComponentOption, MarkLineComponentOption, TooltipComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import { tooltipFormatter, type TooltipContent } from '../../../lib/chart-escape';
import type { ChartTheme } from '../../../lib/chart-theme';

export type ScatterChartOption = ComposeOption<
  ScatterSeriesOption | GridComponentOption | TooltipComponentOption | MarkLineComponentOption
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
  cityGrowth: { value: number; label: string; illustrative: boolean } | null;
}

/** Level (x) against growth (y): who is big, who is fast. Illustrative points hollow and dashed. */
export function buildScatterOption(input: ScatterChartInput, theme: ChartTheme): ScatterChartOption {
  const { points } = input;
  const axisText = { color: theme.mutedText, fontSize: theme.fontSize.axis };
  return {
    animation: false,
    grid: { left: 16, right: 48, top: 40, bottom: 40, containLabel: true },
    xAxis: {
      type: 'value',
      scale: true,
      // Room beyond the largest district (柯桥), so its point and name sit inside the grid, not on its edge.
      boundaryGap: ['5%', '15%'],
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
      formatter: tooltipFormatter((params) => {
        const p = Array.isArray(params) ? params[0] : params;
        const point = p?.dataIndex === undefined ? undefined : points[p.dataIndex];
        return point ? point.tooltip : [];
      }),
    },
    series: [
      {
        type: 'scatter',
        symbolSize: 18,
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
              ? {
                  color: theme.surface,
                  borderColor: point.selected ? theme.highlight : theme.illustrative,
                  borderType: 'dashed',
                  borderWidth: 2,
                }
              : { color, borderColor: color },
          };
        }),
        markLine: input.cityGrowth
          ? {
              symbol: 'none',
              silent: true,
              lineStyle: { color: theme.reference, type: input.cityGrowth.illustrative ? 'dotted' : 'solid' },
              label: {
                formatter: input.cityGrowth.label,
                color: theme.reference,
                position: 'insideStartTop',
                fontSize: theme.fontSize.label,
              },
              data: [{ yAxis: input.cityGrowth.value }],
            }
          : undefined,
      },
    ],
  };
}
