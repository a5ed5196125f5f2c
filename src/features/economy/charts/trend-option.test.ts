import { describe, expect, it } from 'vitest';
import { LIGHT_CHART_THEME } from '../../../lib/chart-theme';
import { buildTrendOption, type TrendOptionInput } from './trend-option';

const periods = ['2023FY', '2024Q1', '2024H1'];
const input = (overrides: Partial<TrendOptionInput> = {}): TrendOptionInput => ({
  periods,
  levels: [
    { period: '2023FY', value: 7791, illustrative: false },
    { period: '2024Q1', value: 1799.25, illustrative: true },
    { period: '2024H1', value: null, illustrative: false },
  ],
  growth: [
    { period: '2023FY', value: 7.8, illustrative: false },
    { period: '2024Q1', value: 7.8, illustrative: false },
    { period: '2024H1', value: 7, illustrative: false },
  ],
  selectedPeriod: '2024Q1',
  target: { value: 6.5, periods: ['2024Q1', '2024H1'], label: '目标 6.5%' },
  levelScale: 1,
  labels: {
    period: (p) => p,
    levelSeries: '总量',
    growthSeries: '增速（可比价）',
    levelAxis: '亿元',
    growthAxis: '增速 %（可比价）',
    illustrative: '示意',
    formatLevel: (v) => `${v}亿元`,
    formatGrowth: (v) => `${v}%`,
  },
  theme: LIGHT_CHART_THEME,
  ...overrides,
});

type Series = {
  type: string;
  yAxisIndex: number;
  data: { value: unknown; itemStyle: Record<string, unknown> }[];
  markLine?: { data: unknown[] };
};

describe('buildTrendOption', () => {
  it('draws levels as bars on the left axis and growth as a line on the right, gaps as gaps', () => {
    const option = buildTrendOption(input());
    const [bars, line] = option.series as Series[];
    expect(bars!.type).toBe('bar');
    expect(bars!.yAxisIndex).toBe(0);
    expect(bars!.data.map((d) => d.value)).toEqual([7791, 1799.25, '-']);
    expect(line!.type).toBe('line');
    expect(line!.yAxisIndex).toBe(1);
    expect(line!.data.map((d) => d.value)).toEqual([7.8, 7.8, 7]);
    expect((option.yAxis as { name: string }[])[1]!.name).toBe('增速 %（可比价）');
    // The growth axis reaches down to the target, so that its line shows.
    const axis = (option.yAxis as { min: (e: { min: number; max: number }) => number }[])[1]!;
    expect(axis.min({ min: 7, max: 7.8 })).toBeLessThanOrEqual(6.5);
  });

  it('hatches an illustrative bar and marks the selected period', () => {
    const [bars, line] = buildTrendOption(input()).series as Series[];
    expect(bars!.data[1]!.itemStyle).toMatchObject({ borderType: 'dashed' });
    expect(bars!.data[1]!.itemStyle.decal).toBeDefined();
    expect(bars!.data[0]!.itemStyle.decal).toBeUndefined();
    expect(line!.data[1]!.itemStyle).toMatchObject({ borderColor: LIGHT_CHART_THEME.highlight });
  });

  it('draws the target only over its own year', () => {
    const [, line] = buildTrendOption(input()).series as Series[];
    expect(line!.markLine!.data).toEqual([[{ coord: ['2024Q1', 6.5] }, { coord: ['2024H1', 6.5] }]]);
    const [, noTarget] = buildTrendOption(input({ target: null })).series as Series[];
    expect(noTarget!.markLine).toBeUndefined();
  });

  it('draws growth alone on one axis when the indicator has no levels', () => {
    const option = buildTrendOption(input({ levels: null }));
    expect((option.series as Series[]).map((s) => s.type)).toEqual(['line']);
    expect((option.series as Series[])[0]!.yAxisIndex).toBe(0);
  });

  it('scales levels into the axis unit (亿元 → ¥ bn)', () => {
    const [bars] = buildTrendOption(input({ levelScale: 0.1 })).series as Series[];
    expect(bars!.data[0]!.value).toBe(779.1);
  });
});
