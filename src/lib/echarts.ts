/**
 * ECharts, registered once with the modules most charts use (tree-shaken through echarts/core).
 * Every chart goes through components/charts/echart.tsx, which loads this as a chunk of its own.
 * A chart type only one page needs (map, scatter) is registered by that page's chart module with
 * `echarts.use`, so the other pages do not carry it.
 */
import { BarChart, LineChart, type BarSeriesOption, type LineSeriesOption } from 'echarts/charts';
import {
  AriaComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  MarkPointComponent,
  TitleComponent,
  TooltipComponent,
  type AriaComponentOption,
  type GridComponentOption,
  type LegendComponentOption,
  type MarkLineComponentOption,
  type MarkPointComponentOption,
  type TitleComponentOption,
  type TooltipComponentOption,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { LabelLayout } from 'echarts/features';
import { CanvasRenderer } from 'echarts/renderers';
import { echartsThemeName, toEChartsTheme, type ChartTheme } from './chart-theme';

echarts.use([
  BarChart,
  LineChart,
  AriaComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  MarkPointComponent,
  TitleComponent,
  TooltipComponent,
  // labelLayout (hideOverlap, moveOverlap): no label may sit on another, whatever the data.
  LabelLayout,
  CanvasRenderer,
]);

// Each theme (at each type size) is registered once, when a chart first asks for it; a chart switches
// between them with setTheme. The chart text's locales (ZH, EN) ship with echarts/core and are chosen
// per chart at init (components/charts/echart.tsx).
const registeredThemes = new Set<string>();

/** The registered ECharts theme of a chart theme, registering it on first use. */
export function registeredTheme(theme: ChartTheme): string {
  const name = echartsThemeName(theme);
  if (!registeredThemes.has(name)) {
    echarts.registerTheme(name, toEChartsTheme(theme));
    registeredThemes.add(name);
  }
  return name;
}

export type ChartOption = echarts.ComposeOption<
  | BarSeriesOption
  | LineSeriesOption
  | AriaComponentOption
  | GridComponentOption
  | LegendComponentOption
  | MarkLineComponentOption
  | MarkPointComponentOption
  | TitleComponentOption
  | TooltipComponentOption
>;

export { echarts };
