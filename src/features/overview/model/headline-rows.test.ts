import { describe, expect, it } from 'vitest';
import type { Indicator } from '../../../api/contract/indicators';
import { ILLUSTRATIVE_SOURCE, SECONDARY_SOURCE, testFigure } from '../../../test/test-observation';
import { TEST_GDP } from '../../../test/test-indicator';
import { testTarget } from '../../../test/test-target';
import {
  headlineRows,
  PROVINCE_REGION,
  provinceGap,
  rankChange,
  rateChange,
  rateChangeWord,
  rowSources,
  shownChange,
  targetLight,
} from './headline-rows';
import { testRow } from './test-row';

const gdp = TEST_GDP;
const secondarySource = SECONDARY_SOURCE;
const rank = (period: string, value: number) =>
  testFigure({
    period,
    measure: 'rank',
    value,
    unit: '位',
    growthBasis: null,
    rank: { scope: 'province', basis: 'growth' },
  });

describe('targetLight', () => {
  it('is green when judgeTarget finds the growth on course, red when behind', () => {
    const own = [testFigure({ period: '2024Q1', value: 7.8 })];
    const green = targetLight(gdp, '330600', '2024Q1', own, [testTarget()], []);
    expect(green).toMatchObject({ kind: 'judged', lit: 'green' });
    const red = targetLight(gdp, '330600', '2024Q1', [testFigure({ value: 5.1 })], [testTarget()], []);
    expect(red).toMatchObject({ kind: 'judged', lit: 'red' });
  });

  it('is never lit from a secondary or illustrative figure', () => {
    const secondary = [testFigure({ value: 7.8, source: secondarySource })];
    expect(targetLight(gdp, '330600', '2024Q1', secondary, [testTarget()], []).kind).toBe('not-judged');
    const illustrative = [testFigure({ value: 7.8, status: 'illustrative', source: ILLUSTRATIVE_SOURCE })];
    expect(targetLight(gdp, '330600', '2024Q1', illustrative, [testTarget()], []).kind).toBe('not-judged');
  });

  it('judges an amount target against 序时进度, never from a secondary figure', () => {
    const exports: Indicator = { ...gdp, id: 'exports', name: { zh: '出口', en: 'Exports' }, growthBasis: 'nominal' };
    const amount = testTarget({
      kind: 'cumulative',
      value: 3000,
      unit: '亿元',
      linked: { indicator: 'exports', measure: 'level' },
    });
    const level = (value: number, source = testFigure({}).source) =>
      testFigure({
        indicator: 'exports',
        period: '2024H1',
        measure: 'level',
        value,
        unit: '亿元',
        growthBasis: null,
        source,
      });
    const ahead = targetLight(exports, '330600', '2024H1', [level(1600)], [amount], []);
    expect(ahead).toMatchObject({ kind: 'judged', lit: 'green', judgement: { elapsed: 50 } });
    const behind = targetLight(exports, '330600', '2024H1', [level(1200)], [amount], []);
    expect(behind).toMatchObject({ kind: 'judged', lit: 'red', judgement: { status: 'behind' } });
    expect(targetLight(exports, '330600', '2024H1', [level(1600, secondarySource)], [amount], []).kind).toBe(
      'not-judged',
    );
    // A growth target on the same indicator is the one the row is read against.
    const growth = testTarget({ id: 'g', linked: { indicator: 'exports', measure: 'growth' } });
    const both = targetLight(exports, '330600', '2024H1', [level(1600)], [amount, growth], []);
    expect(both.kind !== 'no-target' && both.kind !== 'other-year' && both.target.id).toBe('g');
  });

  it('says no target applies outside 2024, and when the report sets none', () => {
    expect(targetLight(gdp, '330600', '2023FY', [], [testTarget()], [])).toEqual({ kind: 'other-year' });
    expect(targetLight(gdp, '330603', '2024Q1', [], [testTarget()], [])).toEqual({ kind: 'no-target' });
  });
});

describe('shownChange', () => {
  const growth = (period: string, value: number) =>
    testFigure({ indicator: 'gdp', period, measure: 'growth', value, unit: '%', growthBasis: 'real' });
  const onYearEarlier = { value: -0.3, illustrative: false, previousPeriod: '2023Q1', from: growth('2023Q1', 8.1) };
  const onQ1 = { value: -0.8, illustrative: false, previousPeriod: '2024Q1', from: growth('2024Q1', 7.8) };
  const row = testRow(TEST_GDP, { change: onYearEarlier, changeOnPreviousPeriod: onQ1 });

  it('reads a change on the year’s previous cumulative period where there is one', () => {
    expect(shownChange(row, '2024H1')).toEqual({ base: 'previous-period', change: onQ1 });
    expect(shownChange(row, '2024FY')).toEqual({ base: 'previous-period', change: onQ1 });
  });

  it('reads a first quarter, which has none, on the same period a year earlier', () => {
    expect(shownChange(row, '2024Q1')).toEqual({ base: 'year-earlier', change: onYearEarlier });
  });
});

describe('rankChange', () => {
  it('counts places gained against the same period a year earlier', () => {
    const change = rankChange([rank('2024FY', 2), rank('2023FY', 4)], '330600', '2024FY');
    expect(change).toMatchObject({ places: 2, illustrative: false, secondary: false });
    expect(rankChange([rank('2024FY', 5), rank('2023FY', 4)], '330600', '2024FY')?.places).toBe(-1);
  });

  it('is absent without last year’s rank or across two rankings', () => {
    expect(rankChange([rank('2024FY', 2)], '330600', '2024FY')).toBeNull();
    const byLevel = { ...rank('2023FY', 4), rank: { scope: 'province' as const, basis: 'level' as const } };
    expect(rankChange([rank('2024FY', 2), byLevel], '330600', '2024FY')).toBeNull();
  });
});

describe('provinceGap', () => {
  it('is the difference in points against the province’s growth of the same basis', () => {
    const province = [testFigure({ region: PROVINCE_REGION, value: 6.1 })];
    expect(provinceGap(testFigure({ value: 7.8 }), province)).toMatchObject({ points: 1.7 });
    expect(provinceGap(testFigure({ value: 5.0 }), province)).toMatchObject({ points: -1.1 });
    const nominal = [testFigure({ region: PROVINCE_REGION, value: 6.1, growthBasis: 'nominal' })];
    expect(provinceGap(testFigure({ value: 7.8 }), nominal)).toBeNull();
    expect(provinceGap(null, province)).toBeNull();
  });
});

describe('headlineRows', () => {
  it('gathers one row per indicator from the figures returned', () => {
    const [row] = headlineRows({
      indicators: [gdp],
      region: '330600',
      period: '2024H1',
      own: [
        testFigure({ period: '2024H1', value: 7.0 }),
        testFigure({ period: '2024Q1', value: 7.8 }),
        testFigure({ period: '2023H1', value: 6.5 }),
        testFigure({ period: '2024H1', measure: 'level', value: 3600, unit: '亿元', growthBasis: null }),
      ],
      province: [testFigure({ region: PROVINCE_REGION, period: '2024H1', value: 5.6 })],
      targets: [testTarget()],
      progress: [],
    });
    expect(row?.level?.value).toBe(3600);
    expect(row?.growth?.value).toBe(7.0);
    // The table's change is on the same period a year earlier; the year's previous period is the alerts'.
    expect(row?.change).toMatchObject({ value: 0.5, previousPeriod: '2023H1', from: { value: 6.5 } });
    expect(row?.changeOnPreviousPeriod).toMatchObject({ value: -0.8, previousPeriod: '2024Q1', from: { value: 7.8 } });
    expect(row?.provinceGap?.points).toBe(1.4);
    expect(row?.rank).toBeNull();
    expect(row?.light).toMatchObject({ kind: 'judged', lit: 'green' });
  });
});

describe('rateChange', () => {
  const own = [
    testFigure({ period: '2024Q1', value: 6.1 }),
    testFigure({ period: '2023Q1', value: 7.0 }),
    testFigure({ period: '2022Q1', value: 5.0, growthBasis: 'nominal' }),
  ];

  it('is the change in points on the earlier rate of the same basis, with that rate', () => {
    expect(rateChange(own, '330600', '2024Q1', '2023Q1')).toMatchObject({
      value: -0.9,
      previousPeriod: '2023Q1',
      from: { period: '2023Q1', value: 7.0 },
    });
  });

  it('is absent without an earlier rate, or across bases', () => {
    expect(rateChange(own, '330600', '2024Q1', null)).toBeNull();
    expect(rateChange(own, '330600', '2024Q1', '2021Q1')).toBeNull();
    expect(rateChange(own, '330600', '2023Q1', '2022Q1')).toBeNull();
  });

  it('is said 加快 / 回落 / 持平, and 降幅收窄 / 扩大 between two falls', () => {
    const word = (now: number, before: number) =>
      rateChangeWord(
        {
          value: Math.round((now - before) * 10) / 10,
          previousPeriod: '2023Q1',
          illustrative: false,
          from: testFigure({ value: before }),
        },
        testFigure({ value: now }),
      );
    expect(word(7.8, 7.0)).toBe('faster');
    expect(word(6.1, 7.0)).toBe('slower');
    expect(word(7.0, 7.0)).toBe('same');
    expect(word(-1.0, -3.0)).toBe('smaller-fall');
    expect(word(-3.0, -1.0)).toBe('larger-fall');
    expect(word(-1.0, 2.0)).toBe('slower');
    expect(word(1.0, -2.0)).toBe('faster');
  });
});

describe('rowSources', () => {
  it('gives the sources of what the row shows in the columns asked for', () => {
    const from = testFigure({ period: '2023Q1', value: 7.0, source: SECONDARY_SOURCE });
    const target = testTarget();
    const row = testRow(gdp, {
      growth: testFigure({ value: 7.8 }),
      change: { value: 0.8, previousPeriod: '2023Q1', illustrative: false, from },
      light: targetLight(gdp, '330600', '2024Q1', [testFigure({ value: 7.8 })], [target], []),
    });
    expect(rowSources(row, 'figures')).toContain(SECONDARY_SOURCE);
    expect(rowSources(row, 'figures')).not.toContain(target.source);
    expect(rowSources(row, 'targets')).toContain(target.source);
    expect(rowSources(row, 'targets')).not.toContain(SECONDARY_SOURCE);
    expect(rowSources(row, 'all')).toEqual(expect.arrayContaining([SECONDARY_SOURCE, target.source]));
  });
});
