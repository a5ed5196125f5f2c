import { describe, expect, it } from 'vitest';
import { testFigure, testRankFigure } from '../../../test/test-observation';
import { growthChange, pickKpiFigures, trendPoints } from './kpi-figures';

const figure = testFigure;

describe('pickKpiFigures', () => {
  it('takes level, growth and the provincial rank of the region and period', () => {
    const cityRank = testRankFigure(3, { scope: 'city', basis: 'growth' });
    const provinceRank = testRankFigure(1, { scope: 'province', basis: 'growth' });
    const level = figure({ measure: 'level', value: 1837, unit: '亿元', growthBasis: null });
    const other = figure({ region: '330602', value: 9.9 });
    const picked = pickKpiFigures([other, cityRank, provinceRank, level, figure({})], '330600', '2024Q1');
    expect(picked.level?.value).toBe(1837);
    expect(picked.growth?.value).toBe(7.8);
    expect(picked.rank).toBe(provinceRank);
  });

  it('never shows a rank in the city as the rank in Zhejiang, and leaves missing figures null', () => {
    const cityRank = testRankFigure(2, { scope: 'city', basis: null }, { region: '330681' });
    expect(pickKpiFigures([cityRank], '330681', '2024Q1')).toEqual({
      level: null,
      growth: null,
      secondaryGrowth: null,
      rank: null,
    });
  });

  const forum = {
    type: 'web',
    url: 'https://example.org/forum',
    title: '论坛帖',
    issuer: '论坛',
    date: null,
    quote: 'q',
    reliability: 'secondary',
  } as const;

  it('never heads the card with a nominal rate a secondary source computed', () => {
    const nominal = figure({ period: '2024FY', value: 7.4, growthBasis: 'nominal', source: forum });
    const picked = pickKpiFigures([nominal], '330600', '2024FY');
    expect(picked.growth).toBeNull();
    expect(picked.secondaryGrowth).toBe(nominal);
  });

  it('heads the card with the official real rate where a secondary nominal one exists beside it', () => {
    const nominal = figure({ value: 9.1, growthBasis: 'nominal', source: forum });
    const official = figure({});
    const picked = pickKpiFigures([nominal, official], '330600', '2024Q1');
    expect(picked.growth).toBe(official);
    expect(picked.secondaryGrowth).toBe(nominal);
  });

  it('takes the more reliable of two figures for one line, and keeps a secondary real rate (marked by the card)', () => {
    const secondReal = figure({ value: 7.9, source: forum });
    expect(pickKpiFigures([secondReal], '330600', '2024Q1').growth).toBe(secondReal);
    const official = figure({});
    expect(pickKpiFigures([secondReal, official], '330600', '2024Q1').growth).toBe(official);
  });
});

describe('trendPoints', () => {
  it('keeps gaps as null and never mixes real with nominal growth', () => {
    const points = trendPoints(
      [figure({ period: '2023H1', value: 7.9 }), figure({ period: '2024FY', value: 7.4, growthBasis: 'nominal' })],
      '330600',
      'growth',
      ['2023Q1', '2023H1', '2024FY'],
      'real',
    );
    expect(points.map((p) => p.value)).toEqual([null, 7.9, null]);
  });

  it('flags illustrative points', () => {
    const points = trendPoints(
      [figure({ status: 'illustrative', source: { type: 'illustrative', method: { zh: 'x', en: 'x' } } })],
      '330600',
      'growth',
      ['2024Q1'],
    );
    expect(points).toEqual([{ period: '2024Q1', value: 7.8, illustrative: true, secondary: false }]);
  });
});

describe('growthChange', () => {
  const q1 = figure({ period: '2024Q1', value: 7.8 });
  const h1 = figure({ period: '2024H1', value: 7.0 });

  it('gives the change in points against the previous cumulative period, without float noise', () => {
    expect(growthChange([q1, h1], '330600', '2024H1', '2024Q1')).toEqual({
      value: -0.8,
      previousPeriod: '2024Q1',
      illustrative: false,
    });
  });

  it('has no change for Q1, for a missing rate, or across real and nominal', () => {
    expect(growthChange([q1], '330600', '2024Q1', null)).toBeNull();
    expect(growthChange([h1], '330600', '2024H1', '2024Q1')).toBeNull();
    expect(growthChange([q1, { ...h1, growthBasis: 'nominal' }], '330600', '2024H1', '2024Q1')).toBeNull();
  });

  it('is illustrative when either rate is', () => {
    const illustrativeQ1 = { ...q1, status: 'illustrative' as const };
    expect(growthChange([illustrativeQ1, h1], '330600', '2024H1', '2024Q1')?.illustrative).toBe(true);
  });
});
