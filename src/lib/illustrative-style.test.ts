import { describe, expect, it } from 'vitest';
import { CHART_THEMES, type ChartTheme } from './chart-theme';
import {
  illustrativeAreaStyle,
  illustrativeBarStyle,
  illustrativeHatch,
  illustrativePointStyle,
} from './illustrative-style';

const themes = Object.values(CHART_THEMES) as ChartTheme[];

/** WCAG relative luminance of #rrggbb or rgba(r, g, b, a) composed over the surface. */
function luminance(color: string, over = '#ffffff'): number {
  const rgb = (c: string): [number, number, number, number] => {
    const hex = /^#([0-9a-f]{6})$/i.exec(c);
    if (hex) {
      const n = parseInt(hex[1]!, 16);
      return [(n >> 16) & 255, (n >> 8) & 255, n & 255, 1];
    }
    const [r, g, b, a] = c.match(/[\d.]+/g)!.map(Number);
    return [r!, g!, b!, a ?? 1];
  };
  const [r, g, b, a] = rgb(color);
  const [br, bg, bb] = rgb(over);
  const channel = (fg: number, bgc: number) => {
    const v = (fg * a + bgc * (1 - a)) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r, br) + 0.7152 * channel(g, bg) + 0.0722 * channel(b, bb);
}
const contrast = (a: number, b: number) => (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);

describe('illustrative style', () => {
  it('is one hatch for bars and map areas in every theme', () => {
    for (const theme of themes) {
      expect(illustrativeBarStyle(theme).decal).toEqual(illustrativeHatch(theme));
      expect(illustrativeAreaStyle(theme).decal).toEqual(illustrativeHatch(theme));
    }
  });

  it('draws a hatch that stands out from the illustrative fill in every theme (the dark one included)', () => {
    for (const theme of themes) {
      const hatch = luminance(theme.hatch, theme.illustrativeFill);
      expect(contrast(hatch, luminance(theme.illustrativeFill)), theme.name).toBeGreaterThanOrEqual(2.5);
    }
  });

  it('never uses a data colour: grey dashed outline, hollow points; the selection in the highlight', () => {
    for (const theme of themes) {
      expect(illustrativeBarStyle(theme)).toMatchObject({ borderColor: theme.illustrative, borderType: 'dashed' });
      expect(illustrativeBarStyle(theme).color).not.toBe(theme.primary);
      expect(illustrativePointStyle(theme)).toMatchObject({ color: theme.surface, borderType: 'dashed' });
      expect(illustrativePointStyle(theme, { selected: true }).borderColor).toBe(theme.highlight);
      expect(illustrativeBarStyle(theme, { selected: true }).borderColor).toBe(theme.highlight);
    }
  });

  it('keeps a series colour where it tells series apart (stacked bars), faded', () => {
    const style = illustrativeBarStyle(CHART_THEMES.light, { fill: '#009E73' });
    expect(style.color).toBe('#009E73');
    expect(style.opacity).toBeLessThan(1);
  });
});
