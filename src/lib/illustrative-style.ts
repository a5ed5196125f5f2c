/**
 * How an illustrative (示意) figure looks in every chart: never in a data colour, outlined with a
 * dashed line in the theme's illustrative grey, and hatched where it has an area (bars, map areas).
 * One home, so a bar on the economy page, a district on the map and a point on the targets page are
 * recognisably the same kind of figure in each theme (and the legend in the source line describes
 * them all: "dashed, hollow or hatched").
 */
import type { ChartTheme } from './chart-theme';

/** The hatch: thin diagonal lines in the theme's hatch colour, dense enough to read on a projector. */
export function illustrativeHatch(theme: ChartTheme) {
  return {
    symbol: 'rect',
    symbolSize: 1,
    color: theme.hatch,
    dashArrayX: [1, 0],
    dashArrayY: [2, 4],
    rotation: -Math.PI / 4,
  };
}

/**
 * An illustrative bar: a pale fill (or the given fill, faded, where the colour tells a series apart,
 * as in a stacked bar), hatched, with a dashed outline; the selected one outlined in the highlight.
 */
export function illustrativeBarStyle(
  theme: ChartTheme,
  { selected = false, fill }: { selected?: boolean; fill?: string } = {},
) {
  return {
    color: fill ?? theme.illustrativeFill,
    opacity: fill ? 0.6 : 1,
    borderColor: selected ? theme.highlight : theme.illustrative,
    borderType: 'dashed' as const,
    borderWidth: selected ? 3 : 1.5,
    decal: illustrativeHatch(theme),
  };
}

/** An illustrative point: hollow (the card's colour), a dashed outline, the highlight when selected. */
export function illustrativePointStyle(theme: ChartTheme, { selected = false }: { selected?: boolean } = {}) {
  return {
    color: theme.surface,
    borderColor: selected ? theme.highlight : theme.illustrative,
    borderType: 'dashed' as const,
    borderWidth: selected ? 3 : 2,
  };
}

/** An illustrative map area: keeps its value colour (the legend reads it), hatched and outlined dashed. */
export function illustrativeAreaStyle(theme: ChartTheme) {
  return {
    decal: illustrativeHatch(theme),
    borderColor: theme.illustrative,
    borderType: 'dashed' as const,
    borderWidth: 1.5,
  };
}
