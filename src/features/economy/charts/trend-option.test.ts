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
    illustrative: '示意',
    gap: '未公布',
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
    // The growth axis reaches down to the target, so that its line shows.
    expect((option.yAxis as { min: number }[])[1]!.min).toBeLessThanOrEqual(6.5);
  });

  it('hatches an illustrative bar and marks the selected period', () => {
    const [bars, line] = buildTrendOption(input()).series as Series[];
    expect(bars!.data[1]!.itemStyle).toMatchObject({ borderType: 'dashed' });
    expect(bars!.data[1]!.itemStyle.decal).toBeDefined();
    expect(bars!.data[0]!.itemStyle.decal).toBeUndefined();
    expect(line!.data[1]!.itemStyle).toMatchObject({ color: LIGHT_CHART_THEME.highlight });
  });

  it('draws the target only over its own year, as a line named in the legend', () => {
    const option = buildTrendOption(input());
    const target = (option.series as (Series & { name: string })[]).find((s) => s.name === '目标 6.5%')!;
    expect(target.data).toEqual(['-', 6.5, 6.5]);
    expect((option.legend as { data: string[] }).data).toContain('目标 6.5%');
    expect((option.series as Series[]).some((s) => s.markLine)).toBe(false);
    const noTarget = buildTrendOption(input({ target: null }));
    expect((noTarget.series as Series[]).map((s) => s.type)).toEqual(['bar', 'line']);
  });

  it('keeps the line and its labels above the bars: two bands of the plot, on round ticks', () => {
    const option = buildTrendOption(input());
    const [levelAxis, growthAxis] = option.yAxis as { min: number; max: number; interval: number }[];
    const share = (axis: { min: number; max: number }, v: number) => (v - axis.min) / (axis.max - axis.min);
    const tallestBar = Math.max(7791, 1799.25);
    const lowestRate = 6.5; // the target
    expect(share(levelAxis!, tallestBar)).toBeLessThanOrEqual(0.5);
    expect(share(growthAxis!, lowestRate)).toBeGreaterThan(0.55);
    for (const axis of [levelAxis!, growthAxis!]) {
      expect(Number.isInteger(Number((axis.max / axis.interval).toFixed(9)))).toBe(true);
      expect((axis.max - axis.min) / axis.interval).toBeLessThanOrEqual(12);
    }
  });

  it('hides a rate label that would sit on another, and gives the bars the legend colour', () => {
    const option = buildTrendOption(input());
    const [bars, line] = option.series as (Series & { labelLayout?: unknown; itemStyle: { color: string } })[];
    expect(line!.labelLayout).toEqual({ hideOverlap: true });
    expect(bars!.itemStyle.color).toBe(bars!.data[0]!.itemStyle.color);
  });

  it('draws a gap in the rates as a dashed connector named in the legend', () => {
    const growth = [
      { period: '2023FY', value: 7.8, illustrative: false },
      { period: '2024Q1', value: null, illustrative: false },
      { period: '2024H1', value: 7, illustrative: false },
    ];
    const option = buildTrendOption(input({ growth }));
    const connector = (option.series as (Series & { name: string; connectNulls: boolean })[]).find(
      (s) => s.name === '未公布',
    )!;
    expect(connector.connectNulls).toBe(true);
    expect((option.legend as { data: string[] }).data).toContain('未公布');
    expect((buildTrendOption(input()).legend as { data: string[] }).data).not.toContain('未公布');
  });

  it('draws growth alone on one axis when the indicator has no levels', () => {
    const option = buildTrendOption(input({ levels: null, target: null }));
    expect((option.series as Series[]).map((s) => s.type)).toEqual(['line']);
    expect((option.series as Series[])[0]!.yAxisIndex).toBe(0);
  });

  it('scales levels into the axis unit (亿元 → ¥ bn)', () => {
    const [bars] = buildTrendOption(input({ levelScale: 0.1 })).series as Series[];
    expect(bars!.data[0]!.value).toBe(779.1);
  });
});

describe('buildTrendOption tooltip of a revised figure', () => {
  it('reads out the earlier value with its release and date, and nothing for an unrevised point', () => {
    const option = buildTrendOption(
      input({
        growth: [
          { period: '2023FY', value: 7.8, illustrative: false },
          {
            period: '2024Q1',
            value: 8.1,
            illustrative: false,
            revisions: [{ value: 7.8, release: 1, date: '2026-11-30' }],
          },
          { period: '2024H1', value: 7, illustrative: false },
        ],
        labels: {
          ...input().labels,
          revised: (earlier) => earlier.map((e) => `修订：第${e.release}版（${e.date}）为 ${e.text}`).join('；'),
        },
      }),
    );
    const formatter = (option.tooltip as unknown as { formatter: (p: { dataIndex: number }[]) => unknown }).formatter;
    const lines = (index: number) => JSON.stringify(formatter([{ dataIndex: index }]));
    expect(lines(1)).toContain('增速（可比价）: 8.1% (修订：第1版（2026-11-30）为 7.8%)');
    expect(lines(0)).not.toContain('修订');
  });
});
