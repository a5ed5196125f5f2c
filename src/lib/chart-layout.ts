/**
 * Layout rules the option builders share, so that no label sits on another, on a bar or on a tick
 * (the rest is ECharts' own label layout: `labelLayout.hideOverlap`, `axisLabel.hideOverlap`).
 */
import type { LineSeriesOption } from 'echarts/charts';
import type { ChartTheme } from './chart-theme';
import { scaleForDisplay } from './format';

/** A round step (1, 2, 2.5 or 5 × 10ⁿ) of at least `raw`: ticks people read at a glance. */
export function niceStep(raw: number): number {
  if (!(raw > 0) || !Number.isFinite(raw)) return 1;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].find((m) => m * power >= raw * (1 - 1e-9)) ?? 10;
  return Number((step * power).toPrecision(6));
}

export interface AxisBand {
  min: number;
  max: number;
  interval: number;
}

/**
 * The value axis on which the figures from `low` to `high` fill the band `[from, to]` of the plot's
 * height (0 the bottom, 1 the top), on round ticks. Two series on two axes are given two bands (bars
 * below, a line and its labels above), so the line's labels never sit on a bar.
 */
export function bandAxis(low: number, high: number, [from, to]: readonly [number, number], ticks = 4): AxisBand {
  const spread = high - low || Math.abs(high) || 1;
  const span = spread / (to - from);
  const bottom = low - from * span;
  const round = (v: number) => scaleForDisplay(v, 1);
  // Rounding the ends to whole ticks moves the figures within the plot: take the fewest ticks that
  // keep them close to their band.
  for (let count = ticks; count <= ticks * 3; count++) {
    const interval = niceStep(span / count);
    const min = Math.floor(bottom / interval) * interval;
    const max = Math.ceil((bottom + span) / interval) * interval;
    const share = (v: number) => (v - min) / (max - min);
    if (share(low) >= from - 0.05 && share(high) <= to + 0.05) return { min: round(min), max: round(max), interval };
  }
  return { min: round(bottom), max: round(bottom + span), interval: round(span / ticks) };
}

/** A value is missing between two present ones: the line has a gap. */
export function hasInteriorGap(values: readonly (number | null)[]): boolean {
  const present = values.flatMap((v, i) => (v === null ? [] : [i]));
  if (present.length < 2) return false;
  return present.some((index, k) => k > 0 && index - present[k - 1]! > 1);
}

/**
 * A gap in a line reads as "not published", not as a break: a thin dashed connector across it,
 * beneath the line (hidden under it where the line is drawn), named in the legend. Null when the
 * line has no gap.
 */
export function gapConnector(
  values: readonly (number | null)[],
  { name, theme, yAxisIndex = 0 }: { name: string; theme: ChartTheme; yAxisIndex?: number },
): LineSeriesOption | null {
  if (!hasInteriorGap(values)) return null;
  return {
    type: 'line',
    name,
    yAxisIndex,
    connectNulls: true,
    silent: true,
    symbol: 'none',
    z: 1,
    lineStyle: { color: theme.mutedText, type: [4, 4], width: 1.5 },
    itemStyle: { color: theme.mutedText },
    tooltip: { show: false },
    data: values.map((v) => v ?? '-'),
  };
}
