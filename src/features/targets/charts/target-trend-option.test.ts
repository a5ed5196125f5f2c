import { describe, expect, it } from 'vitest';
import { LIGHT_CHART_THEME } from '../../../lib/chart-theme';
import { buildTargetTrendOption } from './target-trend-option';

const input = {
  points: [
    { period: '2024Q1', value: 7.8, illustrative: false },
    { period: '2024H1', value: 7.0, illustrative: false },
    { period: '2024Q3', value: 7.4, illustrative: true },
    { period: '2024FY', value: null, illustrative: false },
  ],
  targetValue: 6.5,
  targetLabel: '目标 6.5%',
  seriesName: 'GDP',
  label: (p: string) => p,
  axisLabel: (p: string) => p,
  formatValue: (v: number) => `${v}%`,
  illustrativeLabel: '示意数据',
};

describe('buildTargetTrendOption', () => {
  const option = buildTargetTrendOption(input, LIGHT_CHART_THEME);
  const series = (
    option.series as {
      data: { value: unknown; symbol: string; itemStyle: { color: string } }[];
      markLine?: { data: { yAxis: number }[] };
    }[]
  )[0]!;

  it('marks illustrative points hollow and grey, and leaves a missing period empty', () => {
    expect(series.data[0]).toMatchObject({
      value: 7.8,
      symbol: 'circle',
      itemStyle: { color: LIGHT_CHART_THEME.primary },
    });
    expect(series.data[2]).toMatchObject({
      symbol: 'emptyCircle',
      itemStyle: { color: LIGHT_CHART_THEME.illustrative },
    });
    expect(series.data[3]?.value).toBe('-');
  });

  it('draws the target line and keeps it inside the axis', () => {
    expect(series.markLine?.data).toEqual([{ yAxis: 6.5 }]);
    const yAxis = option.yAxis as { min: number; max: number };
    expect(yAxis.min).toBeLessThan(6.5);
    expect(yAxis.max).toBeGreaterThan(7.8);
  });

  it('has no target line where the units differ', () => {
    const none = buildTargetTrendOption({ ...input, targetValue: null }, LIGHT_CHART_THEME);
    expect((none.series as { markLine?: unknown }[])[0]?.markLine).toBeUndefined();
  });
});
