import { describe, expect, it } from 'vitest';
import { bandAxis, gapConnector, hasInteriorGap, niceStep } from './chart-layout';
import { LIGHT_CHART_THEME } from './chart-theme';

describe('niceStep', () => {
  it('rounds up to 1, 2, 2.5 or 5 × 10ⁿ', () => {
    expect([0.7, 1, 1.3, 2.2, 3, 7, 420].map(niceStep)).toEqual([1, 1, 2, 2.5, 5, 10, 500]);
  });
});

describe('bandAxis', () => {
  const share = (axis: { min: number; max: number }, v: number) => (v - axis.min) / (axis.max - axis.min);

  it('puts the figures in their band of the plot, on whole ticks', () => {
    for (const [low, high] of [
      [6.5, 7.8],
      [-3.2, 12.4],
      [0.1, 0.4],
      [10, 10],
    ] as const) {
      const axis = bandAxis(low, high, [0.58, 0.9]);
      expect(share(axis, low), `${low}`).toBeGreaterThanOrEqual(0.53);
      expect(share(axis, high), `${high}`).toBeLessThanOrEqual(0.95);
      const steps = (axis.max - axis.min) / axis.interval;
      expect(Math.abs(steps - Math.round(steps))).toBeLessThan(1e-9);
    }
  });

  it('keeps bars below the middle', () => {
    const axis = bandAxis(0, 7791, [0, 0.48]);
    expect(axis.min).toBe(0);
    expect(share(axis, 7791)).toBeLessThanOrEqual(0.53);
  });
});

describe('gaps', () => {
  it('sees a gap only between two figures', () => {
    expect(hasInteriorGap([1, null, 2])).toBe(true);
    expect(hasInteriorGap([null, 1, 2, null])).toBe(false);
    expect(hasInteriorGap([1, null])).toBe(false);
  });

  it('bridges a gap with a dashed, silent connector beneath the line', () => {
    const connector = gapConnector([1, null, 2], { name: '未公布', theme: LIGHT_CHART_THEME })!;
    expect(connector).toMatchObject({ name: '未公布', connectNulls: true, silent: true, data: [1, '-', 2] });
    expect(gapConnector([1, 2], { name: '未公布', theme: LIGHT_CHART_THEME })).toBeNull();
  });
});
