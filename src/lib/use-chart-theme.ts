import { LIGHT_CHART_THEME, type ChartTheme } from './chart-theme';

/** The chart theme of the current view. Components pass it to their option builders. */
export function useChartTheme(): ChartTheme {
  return LIGHT_CHART_THEME;
}
