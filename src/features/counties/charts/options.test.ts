import { describe, expect, it } from 'vitest';
import { LIGHT_CHART_THEME as theme } from '../../../lib/chart-theme';
import { illustrativeHatch } from '../../../lib/illustrative-style';
import shaoxing from '../map/shaoxing-districts.json';
import { buildMapOption, SHAOXING_MAP } from './map-option';
import { buildRankingOption, type RankingBar } from './ranking-option';
import { buildScatterOption } from './scatter-option';

const bar = (region: string, value: number | null, extra: Partial<RankingBar> = {}): RankingBar => ({
  region,
  label: region,
  value,
  illustrative: false,
  secondary: false,
  selected: false,
  change: '',
  tooltip: [region],
  ...extra,
});

type AnySeries = { data: { value: unknown; itemStyle: Record<string, unknown> }[]; markLine?: { data: unknown[] } };
const firstSeries = (option: { series?: unknown }) => (option.series as AnySeries[])[0]!;

describe('buildRankingOption', () => {
  const input = {
    bars: [
      bar('330603', 2252.28, { selected: true }),
      bar('330681', 1861.08, { illustrative: true }),
      bar('330602', null),
      bar('330604', 1500, { secondary: true }),
    ],
    reference: { value: 1500, label: '全市 1500', illustrative: false },
    formatValue: (v: number) => `${v}亿元`,
    missingLabel: '未公布',
    illustrativeLabel: '示意',
    secondaryLabel: '二手来源',
    seriesName: 'GDP',
  };
  const option = buildRankingOption(input, theme);
  const series = firstSeries(option);

  it('keeps the bars in ranking order, best on top, and leaves a missing figure without a bar', () => {
    expect((option.yAxis as { data: string[]; inverse: boolean }).data).toEqual([
      '330603',
      '330681',
      '330602',
      '330604',
    ]);
    expect((option.yAxis as { inverse: boolean }).inverse).toBe(true);
    expect(series.data.map((d) => d.value)).toEqual([2252.28, 1861.08, '-', 1500]);
  });

  it('highlights the selected district and draws illustrative bars hollow, dashed and hatched', () => {
    expect(series.data[0]!.itemStyle.color).toBe(theme.highlight);
    expect(series.data[1]!.itemStyle).toMatchObject({ borderType: 'dashed', borderColor: theme.illustrative });
    expect(series.data[1]!.itemStyle.decal).toBeDefined();
  });

  it('labels values, the illustrative ones marked, and the missing one on its axis label', () => {
    const label = (series as unknown as { label: { formatter: (p: { dataIndex: number }) => string } }).label;
    expect(label.formatter({ dataIndex: 0 })).toBe('2252.28亿元');
    expect(label.formatter({ dataIndex: 1 })).toBe('1861.08亿元 (示意)');
    // A second-hand figure is drawn like an official one, so its label must say so (and the PNG with it).
    expect(label.formatter({ dataIndex: 3 })).toBe('1500亿元 (二手来源)');
    const axis = (option.yAxis as { axisLabel: { formatter: (v: string, i: number) => string } }).axisLabel;
    expect(axis.formatter('', 2)).toContain('未公布');
  });

  it('draws the city figure as a reference line, and none without it', () => {
    expect(series.markLine?.data).toEqual([{ xAxis: 1500 }]);
    expect(firstSeries(buildRankingOption({ ...input, reference: null }, theme)).markLine).toBeUndefined();
  });

  it('names the reference in the legend, never as a label on the plot (it sat on the axis ticks)', () => {
    expect((series.markLine as { label?: { show?: boolean } }).label?.show).toBe(false);
    expect((option.legend as { data: string[] }).data).toEqual(['全市 1500']);
    expect(buildRankingOption({ ...input, reference: null }, theme).legend).toBeUndefined();
  });

  it('hides a value label or a tick that would touch another, on few ticks, without deprecated grid options', () => {
    expect((series as { labelLayout?: unknown }).labelLayout).toEqual({ hideOverlap: true });
    const xAxis = option.xAxis as { axisLabel: { hideOverlap: boolean }; splitNumber: number };
    expect(xAxis.axisLabel.hideOverlap).toBe(true);
    expect(xAxis.splitNumber).toBeLessThanOrEqual(4);
    expect(option.grid).not.toHaveProperty('containLabel');
    expect(option.grid).toMatchObject({ outerBoundsMode: 'same' });
  });
});

describe('buildMapOption', () => {
  const areas = [
    {
      code: '330603',
      name: '柯桥区',
      value: 10,
      illustrative: false,
      secondary: false,
      selected: true,
      tooltip: ['柯桥区'],
    },
    {
      code: '330681',
      name: '诸暨市',
      value: 4,
      illustrative: true,
      secondary: false,
      selected: false,
      tooltip: ['诸暨市'],
    },
    {
      code: '330602',
      name: '越城区',
      value: null,
      illustrative: false,
      secondary: false,
      selected: false,
      tooltip: ['越城区'],
    },
    {
      code: '330604',
      name: '上虞区',
      value: 6,
      illustrative: false,
      secondary: true,
      selected: false,
      tooltip: ['上虞区'],
    },
  ];
  const option = buildMapOption(
    {
      areas,
      formatValue: (v) => `${v}%`,
      legendUnit: '%',
      missingLabel: '—',
      secondaryLabel: '二手',
      higherIsBetter: true,
    },
    theme,
  );
  const series = firstSeries(option);

  it('colours by value between the extremes, names by code, marks selection and illustrative areas', () => {
    expect(option.visualMap).toMatchObject({ min: 4, max: 10, text: ['10%', '4%'] });
    expect((option.series as { map: string; nameProperty: string }[])[0]).toMatchObject({
      map: SHAOXING_MAP,
      nameProperty: 'code',
    });
    expect(series.data[0]!.itemStyle).toMatchObject({ borderColor: theme.highlight });
    expect(series.data[1]!.itemStyle.decal).toBeDefined();
    // The same hatch as every other illustrative figure, in the theme's hatch colour (visible on dark).
    expect(series.data[1]!.itemStyle.decal).toEqual(illustrativeHatch(theme));
    expect((series as { labelLayout?: unknown }).labelLayout).toMatchObject({ moveOverlap: 'shiftY' });
    expect(Number.isNaN(series.data[2]!.value)).toBe(true);
  });

  it('labels a second-hand value with the short mark, and an official one bare', () => {
    const label = (series as unknown as { label: { formatter: (p: { name: string }) => string } }).label;
    expect(label.formatter({ name: '330604' })).toBe('{name|上虞区}\n{value|6% 二手}');
    expect(label.formatter({ name: '330603' })).toBe('{name|柯桥区}\n{value|10%}');
  });

  it('shows the value, rank and source in the tooltip of an area', () => {
    const formatter = (option.tooltip as unknown as { formatter: (p: { name: string }) => unknown }).formatter;
    expect(formatter({ name: '330681' })).toEqual(['诸暨市']);
  });

  it('has a map asset with exactly the six current districts', () => {
    const codes = shaoxing.features.map((f) => f.properties.code).sort();
    expect(codes).toEqual(['330602', '330603', '330604', '330624', '330681', '330683']);
    expect(shaoxing.features.map((f) => f.properties.name)).not.toContain('绍兴县');
  });
});

describe('buildScatterOption', () => {
  it('places level on x and growth on y, with illustrative points hollow', () => {
    const option = buildScatterOption(
      {
        points: [
          { region: 'a', name: 'A', level: 100, growth: 5, illustrative: false, selected: false, tooltip: [] },
          { region: 'b', name: 'B', level: 200, growth: 7, illustrative: true, selected: true, tooltip: [] },
        ],
        levelAxisName: '亿元',
        growthAxisName: '增速（%）',
        formatLevel: String,
        formatGrowth: String,
        cityGrowth: { value: 6, label: '全市', illustrative: false },
      },
      theme,
    );
    const series = firstSeries(option);
    expect(series.data.map((d) => d.value)).toEqual([
      [100, 5],
      [200, 7],
    ]);
    expect(series.data[1]!.itemStyle).toMatchObject({
      color: '#ffffff',
      borderType: 'dashed',
      borderColor: theme.highlight,
    });
    expect(series.markLine?.data).toEqual([{ yAxis: 6 }]);
    // Names of districts close together move apart; the city line is named in the legend.
    expect((series as { labelLayout?: unknown }).labelLayout).toMatchObject({ moveOverlap: 'shiftY' });
    expect((option.legend as { data: string[] }).data).toEqual(['全市']);
    expect(option.grid).not.toHaveProperty('containLabel');
  });
});
