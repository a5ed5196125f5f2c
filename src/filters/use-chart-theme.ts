import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { readGlobalParams } from './url-params';
import { CHART_THEMES, type ChartTheme } from '../lib/chart-theme';
import { useOnPaper } from '../lib/printing';

/** Presenter and wall modes are read from across a room: chart type grows with the page type. */
const PRESENTATION_TYPE_SCALE = 1.3;
const PRESENTATION_MIN_TYPE = 20;

/**
 * The chart theme of the current view (`theme` and `mode` in the URL), for the option builders. On
 * paper every chart is in the light theme at reading size, as the page around it is (styles.css).
 */
export function useChartTheme(): ChartTheme {
  const [search] = useSearchParams();
  const { theme = 'light', mode = 'normal' } = readGlobalParams(search).params;
  const onPaper = useOnPaper();
  return useMemo(() => {
    if (onPaper) return CHART_THEMES.light;
    const base = CHART_THEMES[theme];
    if (mode === 'normal') return base;
    // As on the page around them, no chart text on a slide is smaller than 20 CSS px.
    const scale = (size: number) => Math.max(PRESENTATION_MIN_TYPE, Math.round(size * PRESENTATION_TYPE_SCALE));
    return {
      ...base,
      fontSize: {
        axis: scale(base.fontSize.axis),
        label: scale(base.fontSize.label),
        title: scale(base.fontSize.title),
        tooltip: scale(base.fontSize.tooltip),
      },
    };
  }, [theme, mode, onPaper]);
}
