import { describe, expect, it } from 'vitest';
import type { Indicator } from '../../../api/contract/indicators';
import { ILLUSTRATIVE_SOURCE, SECONDARY_SOURCE, testFigure } from '../../../test/test-observation';
import { TEST_GDP } from '../../../test/test-indicator';
import { testTarget } from '../../../test/test-target';
import { headlineRows, PROVINCE_REGION, provinceGap, rankChange, targetLight } from './headline-rows';

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
        testFigure({ period: '2024H1', measure: 'level', value: 3600, unit: '亿元', growthBasis: null }),
      ],
      province: [testFigure({ region: PROVINCE_REGION, period: '2024H1', value: 5.6 })],
      targets: [testTarget()],
      progress: [],
    });
    expect(row?.level?.value).toBe(3600);
    expect(row?.growth?.value).toBe(7.0);
    expect(row?.change?.value).toBe(-0.8);
    expect(row?.provinceGap?.points).toBe(1.4);
    expect(row?.rank).toBeNull();
    expect(row?.light).toMatchObject({ kind: 'judged', lit: 'green' });
  });
});
