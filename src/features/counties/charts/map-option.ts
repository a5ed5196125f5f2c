import type { MapSeriesOption } from 'echarts/charts';
import type { TooltipComponentOption, VisualMapComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import { tooltipFormatter, type TooltipContent } from '../../../lib/chart-escape';
import type { ChartTheme } from '../../../lib/chart-theme';
import { illustrativeAreaStyle } from '../../../lib/illustrative-style';

export type MapChartOption = ComposeOption<MapSeriesOption | VisualMapComponentOption | TooltipComponentOption>;

/** Side of the square the map is fitted in, in pixels; the panel's chart is a little taller. */
export const MAP_SIZE = 500;

/** Name under which the map of the six is registered with ECharts. */
export const SHAOXING_MAP = 'shaoxing-districts';

export interface MapArea {
  /** GB/T 2260 code: the `code` property of the map's features. */
  code: string;
  name: string;
  value: number | null;
  illustrative: boolean;
  /** From a secondary source: the value label carries the short second-hand mark. */
  secondary: boolean;
  selected: boolean;
  tooltip: TooltipContent;
}

export interface MapChartInput {
  areas: readonly MapArea[];
  formatValue: (value: number) => string;
  /** The unit of the legend, e.g. "亿元" or "%（按可比价格计算）". */
  legendUnit: string;
  missingLabel: string;
  /** The short second-hand mark (二手) put after a secondary area's value. */
  secondaryLabel: string;
  higherIsBetter: boolean;
}

/**
 * A choropleth of the six: colour by value (a continuous legend in the indicator's unit), names
 * labelled, the selected district outlined, illustrative areas hatched, missing ones grey.
 */
export function buildMapOption(input: MapChartInput, theme: ChartTheme): MapChartOption {
  const { areas, formatValue } = input;
  const values = areas.map((a) => a.value).filter((v): v is number => v !== null);
  const min = values.length > 0 ? Math.min(...values) : 0;
  const max = values.length > 0 ? Math.max(...values) : 1;
  const byCode = new Map(areas.map((a) => [a.code, a]));
  const colours = input.higherIsBetter ? [...theme.sequential] : [...theme.sequential].reverse();
  return {
    animation: false,
    tooltip: {
      trigger: 'item',
      formatter: tooltipFormatter((params) => {
        const p = Array.isArray(params) ? params[0] : params;
        return byCode.get(String(p?.name ?? ''))?.tooltip ?? [];
      }),
    },
    visualMap: {
      type: 'continuous',
      min,
      // A single value still needs a range to colour.
      max: max === min ? min + 1 : max,
      calculable: false,
      orient: 'vertical',
      left: 8,
      top: 8,
      itemHeight: 160,
      text: [`${formatValue(max)}`, `${formatValue(min)}`],
      formatter: (value: unknown) => (typeof value === 'number' ? formatValue(value) : String(value)),
      textGap: 8,
      textStyle: { color: theme.text, fontSize: theme.fontSize.axis },
      inRange: { color: colours },
      outOfRange: { color: theme.gridLine },
      seriesIndex: 0,
    },
    series: [
      {
        type: 'map',
        map: SHAOXING_MAP,
        nameProperty: 'code',
        roam: false,
        selectedMode: false,
        layoutCenter: ['57%', '50%'],
        // In pixels, not %: while the page hides a chart (0 × 0 container), a relative size would make
        // the geo transform singular and ECharts would throw on resize.
        layoutSize: MAP_SIZE,
        labelLayout: { moveOverlap: 'shiftY', hideOverlap: false },
        itemStyle: { areaColor: theme.gridLine, borderColor: theme.surface, borderWidth: 1.5 },
        label: {
          show: true,
          color: theme.text,
          fontSize: theme.fontSize.label + 1,
          fontWeight: 'bold',
          textBorderColor: theme.surface,
          textBorderWidth: 3,
          // A long name from the API is cut with an ellipsis; the tooltip shows it whole.
          width: 110,
          overflow: 'truncate',
          rich: {
            // The value at the theme's label size (on a slide, reading size), the lines spaced to the type.
            name: {
              fontSize: theme.fontSize.label + 1,
              fontWeight: 'bold',
              color: theme.text,
              lineHeight: Math.round((theme.fontSize.label + 1) * 1.25),
            },
            value: {
              fontSize: theme.fontSize.label,
              color: theme.text,
              lineHeight: Math.round(theme.fontSize.label * 1.25),
            },
          },
          formatter: (params: { name: string }) => {
            const area = byCode.get(params.name);
            if (!area) return params.name;
            const value =
              area.value === null
                ? input.missingLabel
                : `${formatValue(area.value)}${area.secondary ? ` ${input.secondaryLabel}` : ''}`;
            // Illustrative areas are hatched and say so on hover and in the credit line; the label stays short.
            // A second-hand figure is not drawn differently, so its label says so.
            return `{name|${area.name}}\n{value|${value}}`;
          },
        },
        // No hover colour: it would hide the value's colour and look like the selection. The tooltip says what is under the pointer.
        emphasis: { disabled: true },
        data: areas.map((area) => ({
          name: area.code,
          value: area.value ?? NaN,
          itemStyle: {
            ...(area.illustrative ? illustrativeAreaStyle(theme) : {}),
            ...(area.selected ? { borderColor: theme.highlight, borderWidth: 4, borderType: 'solid' as const } : {}),
          },
        })),
      },
    ],
  } satisfies MapChartOption;
}
