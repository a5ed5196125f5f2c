import { describe, expect, it } from 'vitest';
import { consistencyProblems, type Catalogue, type CheckedFigure } from './consistency';

const catalogue: Catalogue = {
  indicators: [
    { id: 'gdp', unit: '亿元' },
    { id: 'deposits_balance', unit: '亿元' },
    { id: 'new_high_skilled_talent', unit: '人' },
  ],
  regions: [{ id: '330600' }, { id: '330602' }, { id: 'binhai' }],
};

const gdp = (over: Partial<CheckedFigure> = {}): CheckedFigure => ({
  indicator: 'gdp',
  region: '330600',
  period: '2024Q1',
  measure: 'level',
  value: 1800,
  unit: '亿元',
  source: 'report-2024',
  ...over,
});

const rulesOf = (list: CheckedFigure[]) => consistencyProblems(list, catalogue).map((p) => p.rule);

describe('consistencyProblems', () => {
  it('passes a consistent list', () => {
    const list = [
      gdp(),
      gdp({ period: '2024H1', value: 3700 }),
      gdp({ measure: 'growth', value: 6.1, unit: '%', growthBasis: 'real' }),
      gdp({ measure: 'rank', value: 2, unit: '位', rank: { scope: 'province', basis: 'growth' } }),
      gdp({ measure: 'change', value: -0.3, unit: '个百分点' }),
      gdp({ region: 'binhai', period: '2024M05', value: 300 }),
    ];
    expect(consistencyProblems(list, catalogue)).toEqual([]);
  });

  it('names an unknown indicator and region, with what was expected', () => {
    expect(consistencyProblems([gdp({ indicator: 'gpd', region: '330699' })], catalogue)).toEqual([
      {
        rule: 'unknown-indicator',
        field: 'indicator',
        figures: [0],
        problem: { zh: '未知指标“gpd”', en: 'unknown indicator “gpd”' },
        expected: { zh: '指标目录中的指标编号，如 gdp', en: 'an indicator id of the catalogue, such as gdp' },
      },
      expect.objectContaining({
        rule: 'unknown-region',
        field: 'region',
        problem: expect.objectContaining({ zh: '未知地区“330699”' }),
      }),
    ]);
  });

  it('refuses a malformed period and an unknown measure', () => {
    expect(rulesOf([gdp({ period: '2024Q2' })])).toEqual(['malformed-period']);
    expect(rulesOf([gdp({ period: '24Q1' })])).toEqual(['malformed-period']);
    expect(rulesOf([gdp({ measure: 'share' })])).toEqual(['unknown-measure']);
  });

  it('takes a level in a scale of the indicator unit and refuses another unit', () => {
    expect(rulesOf([gdp({ value: 0.18, unit: '万亿元' })])).toEqual([]);
    expect(rulesOf([gdp({ indicator: 'new_high_skilled_talent', value: 1.2, unit: '万名' })])).toEqual([]);
    expect(consistencyProblems([gdp({ unit: '亿美元' })], catalogue)).toMatchObject([
      { rule: 'unit-mismatch', field: 'unit', expected: { zh: '亿元（或其万、亿倍数）' } },
    ]);
    expect(rulesOf([gdp({ measure: 'growth', value: 6, unit: '个百分点', growthBasis: 'real' })])).toEqual([
      'unit-mismatch',
    ]);
    expect(rulesOf([gdp({ measure: 'rank', value: 2, unit: '名', rank: { scope: 'city', basis: null } })])).toEqual([
      'unit-mismatch',
    ]);
  });

  it('refuses values out of range for their measure', () => {
    expect(rulesOf([gdp({ value: -5 })])).toEqual(['value-out-of-range']);
    expect(rulesOf([gdp({ value: Number.POSITIVE_INFINITY })])).toEqual(['value-out-of-range']);
    expect(rulesOf([gdp({ measure: 'growth', unit: '%', growthBasis: 'real', value: 1200 })])).toEqual([
      'value-out-of-range',
    ]);
    expect(rulesOf([gdp({ measure: 'rank', unit: '位', value: 1.5, rank: { scope: 'city', basis: null } })])).toEqual([
      'value-out-of-range',
    ]);
    expect(rulesOf([gdp({ measure: 'growth', unit: '%', growthBasis: 'real', value: -12 })])).toEqual([]);
  });

  it('refuses a growth rate without its basis and a figure without a source', () => {
    expect(rulesOf([gdp({ measure: 'growth', unit: '%', value: 6 })])).toEqual(['growth-without-basis']);
    expect(rulesOf([gdp({ measure: 'growth', unit: '%', value: 6, growthBasis: '' })])).toEqual([
      'growth-without-basis',
    ]);
    expect(rulesOf([gdp({ source: '' })])).toEqual(['missing-source']);
    expect(rulesOf([gdp({ source: undefined })])).toEqual(['missing-source']);
  });

  it('refuses the same figure twice with different values, and lets an exact repeat pass', () => {
    expect(consistencyProblems([gdp(), gdp({ region: '330602' }), gdp({ value: 1801 })], catalogue)).toMatchObject([
      { rule: 'conflicting-values', figures: [2, 0], problem: { zh: '同一数字出现两个不同的值：1800 和 1801' } },
    ]);
    expect(rulesOf([gdp(), gdp()])).toEqual([]);
    // Real and nominal growth are two figures, not one given twice.
    const growth = { measure: 'growth', unit: '%', value: 6 } as const;
    expect(
      rulesOf([gdp({ ...growth, growthBasis: 'real' }), gdp({ ...growth, growthBasis: 'nominal', value: 5 })]),
    ).toEqual([]);
  });

  it('refuses a running total that falls within a year, comparing in the indicator unit', () => {
    const list = [gdp({ period: '2024H1', value: 3700 }), gdp({ period: '2024Q3', value: 3600 }), gdp()];
    expect(consistencyProblems(list, catalogue)).toMatchObject([
      {
        rule: 'cumulative-decrease',
        figures: [1, 0],
        field: 'value',
        problem: { zh: '累计数 3600亿元（2024Q3）小于同年前一累计期的 3700亿元（2024H1）' },
      },
    ]);
    // 0.37 万亿元 is 3700 亿元: no fall. A new year starts again from zero.
    expect(
      rulesOf([gdp({ period: '2024H1', value: 3700 }), gdp({ period: '2024Q3', value: 0.37, unit: '万亿元' })]),
    ).toEqual([]);
    expect(rulesOf([gdp({ period: '2023FY', value: 7800 }), gdp({ period: '2024Q1', value: 1800 })])).toEqual([]);
  });

  it('lets a stock fall within a year', () => {
    const deposits = (period: string, value: number) => gdp({ indicator: 'deposits_balance', period, value });
    expect(rulesOf([deposits('2024Q1', 2000), deposits('2024H1', 1900)])).toEqual([]);
  });
});
