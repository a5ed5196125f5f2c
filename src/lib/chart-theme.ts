/**
 * Colours and type sizes of the charts. Option builders take a ChartTheme instead of hard-coding
 * colours, so one switch (light, projector, dark) restyles every chart. The categorical palette is
 * Okabe–Ito, which stays distinguishable for colour-blind readers and on washed-out projectors.
 */
export interface ChartTheme {
  name: 'light' | 'projector' | 'dark';
  text: string;
  mutedText: string;
  axisLine: string;
  gridLine: string;
  background: string;
  /** The card behind the chart: the fill of hollow (illustrative) points and of label outlines. */
  surface: string;
  /** The series colour of a single-series chart. */
  primary: string;
  /** The selected district, period or item. */
  highlight: string;
  /** Outline of illustrative (demonstration) values: grey and dashed, never a data colour. */
  illustrative: string;
  /** Fill of an illustrative bar: a pale tone of the surface, so the hatch over it reads as "not a statistic". */
  illustrativeFill: string;
  /** The hatch over illustrative bars and map areas: strong enough to see over any fill of the theme. */
  hatch: string;
  /** Text drawn on a filled bar. */
  onFill: string;
  /** Reference lines: targets, the city figure. */
  reference: string;
  /** Better / worse than the comparison, following the indicator's higher-is-better. */
  better: string;
  worse: string;
  categorical: readonly string[];
  /** Low → high, for choropleths. */
  sequential: readonly string[];
  fontSize: { axis: number; label: number; title: number; tooltip: number };
  /** ECharts decal patterns on bars and areas, for monochrome print and colour-blind readers. */
  decal: boolean;
}

const OKABE_ITO = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'];

export const LIGHT_CHART_THEME: ChartTheme = {
  name: 'light',
  text: '#14202e',
  mutedText: '#4d5b6b',
  axisLine: '#9aa7b6',
  gridLine: '#e3e8ee',
  background: 'transparent',
  surface: '#ffffff',
  primary: '#0b5cad',
  highlight: '#c2410c',
  illustrative: '#5f6b78',
  illustrativeFill: '#e6e9ee',
  hatch: 'rgba(20, 32, 46, 0.55)',
  onFill: '#ffffff',
  reference: '#8a1c1c',
  better: '#17703a',
  worse: '#b42318',
  categorical: OKABE_ITO,
  sequential: ['#deebf7', '#9ecae1', '#6baed6', '#3182bd', '#08519c'],
  fontSize: { axis: 14, label: 14, title: 16, tooltip: 15 },
  decal: false,
};

/** Strong colours, heavier type and decal patterns: survives a washed-out projector and greyscale. */
export const PROJECTOR_CHART_THEME: ChartTheme = {
  name: 'projector',
  text: '#000000',
  mutedText: '#1a1a1a',
  axisLine: '#000000',
  gridLine: '#bdbdbd',
  background: 'transparent',
  surface: '#ffffff',
  primary: '#0072B2',
  highlight: '#D55E00',
  illustrative: '#555555',
  illustrativeFill: '#eeeeee',
  hatch: 'rgba(0, 0, 0, 0.7)',
  onFill: '#ffffff',
  reference: '#000000',
  better: '#006d2c',
  worse: '#b30000',
  categorical: OKABE_ITO,
  sequential: ['#c6dbef', '#6baed6', '#2171b5', '#08519c', '#08306b'],
  fontSize: { axis: 18, label: 18, title: 20, tooltip: 18 },
  decal: true,
};

export const DARK_CHART_THEME: ChartTheme = {
  name: 'dark',
  text: '#e8edf3',
  mutedText: '#b4c0cd',
  axisLine: '#6b7888',
  gridLine: '#2c3643',
  background: 'transparent',
  surface: '#17212d',
  primary: '#56B4E9',
  highlight: '#F0A030',
  illustrative: '#b4bec9',
  illustrativeFill: '#3a4350',
  hatch: 'rgba(255, 255, 255, 0.75)',
  onFill: '#0b1016',
  reference: '#ff8a80',
  better: '#5fd38d',
  worse: '#ff7b7b',
  categorical: ['#56B4E9', '#E69F00', '#009E73', '#CC79A7', '#0072B2', '#D55E00', '#F0E442', '#ffffff'],
  sequential: ['#1b3a57', '#1f5f8b', '#2e86c1', '#5dade2', '#aed6f1'],
  fontSize: { axis: 16, label: 16, title: 18, tooltip: 16 },
  decal: false,
};

export const CHART_THEMES = {
  light: LIGHT_CHART_THEME,
  projector: PROJECTOR_CHART_THEME,
  dark: DARK_CHART_THEME,
} as const satisfies Record<ChartTheme['name'], ChartTheme>;

/**
 * The name under which a theme is registered with ECharts (lib/echarts.ts, on first use). It names
 * the type sizes too: presenter and wall modes enlarge them, and the axis and legend text ECharts
 * draws from the theme must grow with the rest.
 */
export function echartsThemeName(theme: ChartTheme): string {
  const { axis, label, title, tooltip } = theme.fontSize;
  return `shaoxing-${theme.name}-${axis}-${label}-${title}-${tooltip}`;
}

/**
 * The ECharts theme of a chart theme: what every chart inherits without its builder saying so
 * (palette, text, axes, legend, tooltip). Builders style only what is particular to their chart.
 */
export function toEChartsTheme(theme: ChartTheme): Record<string, unknown> {
  const axis = {
    axisLine: { lineStyle: { color: theme.axisLine } },
    axisTick: { lineStyle: { color: theme.axisLine } },
    axisLabel: { color: theme.mutedText, fontSize: theme.fontSize.axis, hideOverlap: true },
    splitLine: { lineStyle: { color: theme.gridLine } },
    nameTextStyle: { color: theme.mutedText, fontSize: theme.fontSize.axis },
  };
  return {
    color: [...theme.categorical],
    backgroundColor: theme.background,
    textStyle: { color: theme.text },
    title: { textStyle: { color: theme.text }, subtextStyle: { color: theme.mutedText } },
    legend: { textStyle: { color: theme.text, fontSize: theme.fontSize.label } },
    tooltip: { textStyle: { fontSize: theme.fontSize.tooltip } },
    categoryAxis: axis,
    valueAxis: axis,
    visualMap: { textStyle: { color: theme.text } },
    markLine: { label: { color: theme.reference }, lineStyle: { color: theme.reference } },
  };
}
