import { describe, expect, it } from 'vitest';
import type { Observation } from '../../../api/contract/observations';
import { ILLUSTRATIVE_SOURCE, SECONDARY_SOURCE, testFigure } from '../../../test/test-observation';
import { TEST_GDP, testIndicator } from '../../../test/test-indicator';
import { testRow } from './test-row';
import { areaWord, briefingPlainText, briefingText, type BriefingInput } from './briefing-text';
import { headlineRows, type HeadlineRow, type RateChange } from './headline-rows';

const indicator = testIndicator;
const GDP = TEST_GDP;
const IVA = indicator('industrial_value_added', '规上工业增加值', 'industrial value added');
const INCOME = indicator('disposable_income', '全体居民人均可支配收入', 'per capita disposable income', '元');

const level = (value: number, partial: Partial<Observation> = {}) =>
  testFigure({ measure: 'level', value, unit: '亿元', growthBasis: null, ...partial });
const growth = (value: number, partial: Partial<Observation> = {}) => testFigure({ value, ...partial });
const rank = (value: number) =>
  testFigure({ measure: 'rank', value, unit: '位', growthBasis: null, rank: { scope: 'province', basis: 'growth' } });
const secondary = SECONDARY_SOURCE;
const province = (value: number) => testFigure({ region: '330000', value });

const row = testRow;

const CITY = { kind: 'prefecture-city', name: { zh: '绍兴市', en: 'Shaoxing' } };

const text = (rows: HeadlineRow[], language: BriefingInput['language'] = 'zh-CN', period = '2024Q1', region = CITY) =>
  briefingPlainText(briefingText({ rows, region, period, language }));

/** The change of a growth `now` on last year's `before` (same period, a year earlier). */
const yearEarlier = (now: number, before: number, partial: Partial<Observation> = {}): RateChange => {
  const from = growth(before, { period: '2023H1', ...partial });
  return {
    value: Math.round((now - before) * 10) / 10,
    previousPeriod: from.period,
    illustrative: from.status === 'illustrative',
    from,
  };
};

const gdpRow = (g: number, partial: Partial<HeadlineRow> = {}) =>
  row(GDP, {
    level: level(1799.3),
    growth: growth(g),
    rank: rank(1),
    change: yearEarlier(g, g - 0.3),
    provinceGap: { province: province(6.1), points: 1.7, illustrative: false, secondary: false },
    ...partial,
  });

describe('briefingText in Chinese', () => {
  it('writes the opening sentence of a release: level, growth at comparable prices, place, change, gap', () => {
    expect(text([gdpRow(7.8)], 'zh-CN', '2024H1')).toBe(
      '2024年上半年，全市实现地区生产总值1799.3亿元，按可比价格计算，同比增长7.8%，增速居全省第1位，比上年同期加快0.3个百分点，高于全省平均1.7个百分点。',
    );
  });

  it('says 下降 for a fall and 回落 / 低于 for the differences below zero', () => {
    const down = gdpRow(-2.1, {
      rank: null,
      change: yearEarlier(-2.1, -0.7),
      provinceGap: { province: province(5.6), points: -7.7, illustrative: false, secondary: false },
    });
    const written = text([down], 'zh-CN', '2024H1');
    expect(written).toContain('同比下降2.1%');
    expect(written).not.toContain('增长-');
    expect(written).toContain('降幅比上年同期扩大1.4个百分点');
    expect(text([gdpRow(5.0, { change: yearEarlier(5.0, 6.4) })], 'zh-CN', '2024H1')).toContain(
      '增速居全省第1位，比上年同期回落1.4个百分点',
    );
    expect(text([gdpRow(-0.7, { change: yearEarlier(-0.7, -2.1) })], 'zh-CN', '2024H1')).toContain(
      '降幅比上年同期收窄1.4个百分点',
    );
    expect(written).toContain('低于全省平均7.7个百分点');
    expect(written.startsWith('2024年上半年，')).toBe(true);
  });

  it('says 持平 for an unchanged rate and an unchanged change', () => {
    const flat = gdpRow(0, {
      change: yearEarlier(0, 0),
      provinceGap: { province: province(0), points: 0, illustrative: false, secondary: false },
    });
    const written = text([flat], 'zh-CN', '2024Q3');
    expect(written).toContain('同比与上年同期持平');
    expect(written).toContain('增速与上年同期持平');
    expect(text([gdpRow(6.1, { change: yearEarlier(6.1, 6.1) })])).toContain('增速居全省第1位，增速与上年同期持平');
    expect(written).toContain('与全省平均持平');
    expect(written.startsWith('2024年前三季度，')).toBe(true);
  });

  it('joins the other indicators with ；and writes incomes in their own paragraph, in 元', () => {
    const briefing = briefingText({
      rows: [
        gdpRow(7.8),
        row(IVA, { level: level(1080), growth: growth(10.9) }),
        row(INCOME, { level: level(40629, { unit: '元' }), growth: growth(5.6) }),
      ],
      region: CITY,
      period: '2024FY',
      language: 'zh-CN',
    });
    expect(briefing.paragraphs).toHaveLength(3);
    const [, industry, income] = briefingPlainText(briefing).split('\n');
    expect(industry).toBe('规上工业增加值1080亿元，增长10.9%。');
    expect(income).toBe('全体居民人均可支配收入40629元，增长5.6%。');
    expect(briefingPlainText(briefing).startsWith('2024年全年，')).toBe(true);
  });

  it('leaves a missing indicator out, and says so when nothing is published', () => {
    expect(text([gdpRow(7.8), row(IVA)])).not.toContain('规上工业');
    expect(text([row(GDP), row(IVA)])).toBe('所选地区和时期暂无已发布的主要指标数据，不作简析。');
  });

  it('marks a second-hand figure right after it', () => {
    const rows = [gdpRow(7.0, { growth: growth(7.0, { source: secondary }) })];
    expect(text(rows)).toContain('同比增长7.0%（二手来源）');
    // A segment of its own, so that the page can show it as its 二手 badge.
    const segments = briefingText({ rows, region: CITY, period: '2024Q1', language: 'zh-CN' }).paragraphs[0]!.segments;
    const at = segments.findIndex((s) => s.kind === 'figure' && s.text === '7.0%');
    expect(segments[at + 1]).toEqual({ kind: 'secondary-mark', text: '（二手来源）' });
  });

  it('builds no clause on an illustrative figure and says how many were left out', () => {
    const briefing = briefingText({
      rows: [
        gdpRow(7.8, {
          level: level(1799.3, { status: 'illustrative', source: ILLUSTRATIVE_SOURCE }),
          provinceGap: { province: province(6.1), points: 1.7, illustrative: true, secondary: false },
        }),
        row(IVA, { growth: growth(9.9, { status: 'illustrative', source: ILLUSTRATIVE_SOURCE }) }),
      ],
      region: CITY,
      period: '2024Q1',
      language: 'zh-CN',
    });
    const written = briefingPlainText(briefing);
    expect(written).not.toContain('1799.3');
    expect(written).not.toContain('全省平均');
    expect(written).not.toContain('9.9');
    expect(written.startsWith('2024年一季度，全市地区生产总值按可比价格计算同比增长7.8%')).toBe(true);
    expect(briefing.illustrativeLeftOut).toBe(3);
    expect(written).toContain('注：示意数据不写入简析，本期共3项示意数据未引用。');
  });

  it('names the area by its kind: 全区, 全县, 全市 for a 县级市', () => {
    expect(areaWord({ kind: 'district', name: { zh: '柯桥区', en: 'Keqiao' } }, 'zh-CN')).toBe('全区');
    expect(areaWord({ kind: 'county', name: { zh: '新昌县', en: 'Xinchang' } }, 'zh-CN')).toBe('全县');
    expect(areaWord({ kind: 'county-level-city', name: { zh: '诸暨市', en: 'Zhuji' } }, 'zh-CN')).toBe('全市');
    expect(areaWord({ kind: 'functional-zone', name: { zh: '绍兴滨海新区', en: 'Binhai' } }, 'zh-CN')).toBe(
      '绍兴滨海新区',
    );
  });

  it('carries each number’s observations for its source', () => {
    const briefing = briefingText({ rows: [gdpRow(7.8)], region: CITY, period: '2024Q1', language: 'zh-CN' });
    const figures = briefing.paragraphs[0]!.segments.filter((s) => s.kind === 'figure');
    expect(figures.map((f) => f.text)).toEqual(['1799.3亿元', '7.8%', '第1位', '0.3个百分点', '1.7个百分点']);
    expect(figures[4]!.kind === 'figure' && figures[4]!.observations[0]!.region).toBe('330000');
  });

  it('is deterministic', () => {
    expect(text([gdpRow(7.8)])).toBe(text([gdpRow(7.8)]));
  });
});

describe('briefingText in English', () => {
  it('writes the same content in plain official English', () => {
    expect(text([gdpRow(7.8)], 'en', '2024H1')).toBe(
      "In the first half of 2024, the city's GDP reached 179.93 billion yuan, up 7.8% year on year at comparable prices, ranking 1st in the province by growth, 0.3 percentage points faster than a year earlier, 1.7 percentage points above the provincial average.",
    );
  });

  it('says down, slower and below for the falls, unchanged at zero, and marks second-hand figures', () => {
    const down = gdpRow(-2.1, {
      rank: null,
      change: yearEarlier(-2.1, 0.7),
      provinceGap: { province: province(5.6), points: -7.7, illustrative: false, secondary: false },
    });
    const written = text([down], 'en', '2024H1');
    expect(written).toContain('down 2.1% year on year');
    expect(written).toContain('2.8 percentage points slower than a year earlier');
    expect(written).toContain('7.7 percentage points below the provincial average');
    expect(text([gdpRow(0)], 'en')).toContain('unchanged year on year');
    const alone = row(IVA, { growth: growth(-2.1) });
    expect(text([gdpRow(7.8), alone], 'en')).toContain('Industrial value added fell by 2.1% year on year.');
    expect(text([gdpRow(7.8), row(IVA, { growth: growth(0) })], 'en')).toContain(
      'Industrial value added showed no change year on year.',
    );
    expect(text([gdpRow(7.0, { growth: growth(7.0, { source: secondary }) })], 'en')).toContain(
      'up 7.0% (second-hand source) year on year',
    );
  });

  it('writes a name in lower case mid-sentence, an acronym as it is', () => {
    const fai = indicator('fixed_asset_investment', '固定资产投资', 'Fixed-asset investment');
    const written = text([row(IVA, { growth: growth(10.9) }), row(fai, { growth: growth(8.2) })], 'en');
    expect(written).toContain('; fixed-asset investment grew by 8.2% year on year.');
    expect(written).toContain('In the first quarter of 2024, industrial value added grew by 10.9%');
  });

  it('leaves illustrative figures out and says so; says when nothing is published', () => {
    const written = text(
      [gdpRow(7.8, { level: level(1799.3, { status: 'illustrative', source: ILLUSTRATIVE_SOURCE }) })],
      'en',
      '2023FY',
    );
    expect(written).not.toContain('179.93');
    expect(written.startsWith("In 2023, the city's GDP grew by 7.8% year on year at comparable prices")).toBe(true);
    expect(written).toContain('Note: illustrative figures are not written into the briefing (1 left out).');
    expect(text([row(GDP)], 'en')).toContain('No published headline figures');
  });
});

describe('the change of a growth rate on the same period a year earlier (比上年同期)', () => {
  const gdpGrowth = (period: string, value: number, partial: Partial<Observation> = {}) =>
    growth(value, { period, ...partial });
  /** The rows headlineRows makes of the API's figures, as the page makes them. */
  const rowsOf = (own: Observation[], period = '2024H1') =>
    headlineRows({ indicators: [GDP], region: '330600', period, own, province: [], targets: [], progress: [] });
  const both = (language: BriefingInput['language'], own: Observation[], period = '2024H1') =>
    briefingPlainText(briefingText({ rows: rowsOf(own, period), region: CITY, period, language }));

  it('compares with the same period of last year, not with the year’s previous period', () => {
    const own = [gdpGrowth('2024H1', 7.0), gdpGrowth('2024Q1', 7.8), gdpGrowth('2023H1', 6.5)];
    expect(both('zh-CN', own)).toBe(
      '2024年上半年，全市地区生产总值按可比价格计算同比增长7.0%，比上年同期加快0.5个百分点。',
    );
    expect(both('en', own)).toBe(
      "In the first half of 2024, the city's GDP grew by 7.0% year on year at comparable prices, 0.5 percentage points faster than a year earlier.",
    );
  });

  it('says 回落 / slower, and 持平 / the same rate', () => {
    const slower = [gdpGrowth('2024H1', 7.0), gdpGrowth('2023H1', 7.9)];
    expect(both('zh-CN', slower)).toContain('比上年同期回落0.9个百分点');
    expect(both('en', slower)).toContain('0.9 percentage points slower than a year earlier');
    const same = [gdpGrowth('2024H1', 7.0), gdpGrowth('2023H1', 7.0)];
    expect(both('zh-CN', same)).toContain('同比增长7.0%，增速与上年同期持平');
    expect(both('en', same)).toContain(
      'grew by 7.0% year on year at comparable prices, the same rate as a year earlier',
    );
  });

  it('says 降幅收窄 / 扩大 when both rates are falls', () => {
    const smaller = [gdpGrowth('2024H1', -1.2), gdpGrowth('2023H1', -3.0)];
    expect(both('zh-CN', smaller)).toContain('同比下降1.2%，降幅比上年同期收窄1.8个百分点');
    expect(both('en', smaller)).toContain(
      'fell by 1.2% year on year at comparable prices, a fall 1.8 percentage points smaller than a year earlier',
    );
    const larger = [gdpGrowth('2024H1', -3.0), gdpGrowth('2023H1', -1.2)];
    expect(both('zh-CN', larger)).toContain('降幅比上年同期扩大1.8个百分点');
    expect(both('en', larger)).toContain('a fall 1.8 percentage points larger than a year earlier');
    const sameFall = [gdpGrowth('2024H1', -1.2), gdpGrowth('2023H1', -1.2)];
    expect(both('zh-CN', sameFall)).toContain('降幅与上年同期持平');
    expect(both('en', sameFall)).toContain('the same fall as a year earlier');
  });

  it('says nothing of a change where last year’s rate is missing, even with the year’s previous period', () => {
    const own = [gdpGrowth('2024H1', 7.0), gdpGrowth('2024Q1', 7.8)];
    expect(both('zh-CN', own)).toBe('2024年上半年，全市地区生产总值按可比价格计算同比增长7.0%。');
    expect(both('en', own)).toBe(
      "In the first half of 2024, the city's GDP grew by 7.0% year on year at comparable prices.",
    );
  });

  it('says nothing of a change between rates of different bases', () => {
    const own = [gdpGrowth('2024H1', 7.0), gdpGrowth('2023H1', 9.1, { growthBasis: 'nominal' })];
    expect(rowsOf(own)[0]!.change).toBeNull();
    expect(both('zh-CN', own)).not.toContain('上年同期');
    expect(both('en', own)).not.toContain('a year earlier');
  });

  it('marks a change made from a second-hand rate, and cites last year’s rate for it', () => {
    const own = [gdpGrowth('2024H1', 7.0), gdpGrowth('2023H1', 6.5, { source: secondary })];
    expect(both('zh-CN', own)).toContain('比上年同期加快0.5个百分点（二手来源）');
    expect(both('en', own)).toContain('0.5 percentage points (second-hand source) faster than a year earlier');
    const briefing = briefingText({ rows: rowsOf(own), region: CITY, period: '2024H1', language: 'zh-CN' });
    const change = briefing.paragraphs[0]!.segments.find((s) => s.kind === 'figure' && s.text === '0.5个百分点');
    expect(change?.kind === 'figure' && change.observations.map((o) => o.period)).toEqual(['2023H1', '2024H1']);
  });

  it('leaves out a change made from an illustrative rate, and counts it', () => {
    const own = [
      gdpGrowth('2024H1', 7.0),
      gdpGrowth('2023H1', 6.5, { status: 'illustrative', source: ILLUSTRATIVE_SOURCE }),
    ];
    for (const language of ['zh-CN', 'en'] as const) {
      const briefing = briefingText({ rows: rowsOf(own), region: CITY, period: '2024H1', language });
      expect(briefingPlainText(briefing)).not.toMatch(/上年同期加快|faster than a year earlier/);
      expect(briefing.illustrativeLeftOut).toBe(1);
    }
  });
});
