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
  gapLabel: '未公布',
};

type Series = {
  name: string;
  connectNulls?: boolean;
  labelLayout?: unknown;
  data: ({ value: unknown; symbol: string; itemStyle: Record<string, unknown> } | number)[];
};

describe('buildTargetTrendOption', () => {
  const option = buildTargetTrendOption(input, LIGHT_CHART_THEME);
  const all = option.series as Series[];
  const series = all.find((s) => s.name === 'GDP')!;

  it('marks illustrative points hollow and grey, and leaves a missing period empty', () => {
    expect(series.data[0]).toMatchObject({
      value: 7.8,
      symbol: 'circle',
      itemStyle: { color: LIGHT_CHART_THEME.primary },
    });
    expect(series.data[2]).toMatchObject({
      itemStyle: {
        color: LIGHT_CHART_THEME.surface,
        borderColor: LIGHT_CHART_THEME.illustrative,
        borderType: 'dashed',
      },
    });
    expect((series.data[3] as { value: unknown }).value).toBe('-');
  });

  it('draws the target as a line named in the legend, and keeps it inside the axis', () => {
    const target = all.find((s) => s.name === '目标 6.5%')!;
    expect(target.data).toEqual([6.5, 6.5, 6.5, 6.5]);
    expect((option.legend as { data: string[] }).data).toEqual(['GDP', '目标 6.5%']);
    expect(series.labelLayout).toEqual({ hideOverlap: true });
    const yAxis = option.yAxis as { min: number; max: number };
    expect(yAxis.min).toBeLessThan(6.5);
    expect(yAxis.max).toBeGreaterThan(7.8);
  });

  it('has no target line where the units differ', () => {
    const none = buildTargetTrendOption({ ...input, targetValue: null }, LIGHT_CHART_THEME);
    expect((none.series as Series[]).map((s) => s.name)).toEqual(['GDP']);
  });

  it('bridges a period with no figure by a dashed connector named in the legend', () => {
    const gap = buildTargetTrendOption(
      { ...input, points: [input.points[0]!, { ...input.points[3]!, period: '2024H1' }, input.points[2]!] },
      LIGHT_CHART_THEME,
    );
    const connector = (gap.series as Series[]).find((s) => s.name === '未公布')!;
    expect(connector.connectNulls).toBe(true);
    expect((gap.legend as { data: string[] }).data).toContain('未公布');
  });
});
