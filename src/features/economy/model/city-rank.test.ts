import { describe, expect, it } from 'vitest';
import { competitionRanks } from '../../../domain/ranks';
import { cityRank } from './city-rank';
import { SIX_DISTRICTS } from '../../../domain/regions';
import { ILLUSTRATIVE_SOURCE, testFigure, testRankFigure } from '../../../test/test-observation';

const growthOfSix = (values: number[], status: 'published' | 'illustrative' = 'published') =>
  SIX_DISTRICTS.map((region, i) =>
    testFigure({
      region,
      value: values[i]!,
      status,
      source: status === 'illustrative' ? ILLUSTRATIVE_SOURCE : testFigure({}).source,
    }),
  );

describe('competitionRanks', () => {
  it('shares a place between equal figures (1, 2, 2, 4)', () => {
    expect(competitionRanks([9, 8, 8, 7], true)).toEqual([1, 2, 2, 4]);
  });

  it('ranks the lowest first where lower is better', () => {
    expect(competitionRanks([3, 5, 4], false)?.[0]).toBe(1);
  });
});

describe('cityRank', () => {
  it('computes the place among the six from their growth rates', () => {
    const rank = cityRank(growthOfSix([6, 7, 8, 8.4, 5, 9]), '330681', '2024Q1', 'growth', true);
    expect(rank).toMatchObject({ rank: 2, of: 6, origin: 'computed', basis: 'growth', illustrative: false });
  });

  it('is illustrative when any of the six is', () => {
    const figures = growthOfSix([6, 7, 8, 8.4, 5, 9]);
    figures[0] = { ...figures[0]!, status: 'illustrative', source: ILLUSTRATIVE_SOURCE };
    expect(cityRank(figures, '330681', '2024Q1', 'growth', true)?.illustrative).toBe(true);
  });

  it('claims no rank when one of the six is missing', () => {
    expect(cityRank(growthOfSix([6, 7, 8, 8.4, 5, 9]).slice(1), '330681', '2024Q1', 'growth', true)).toBeNull();
  });

  it('claims no rank across real and nominal rates', () => {
    const figures = growthOfSix([6, 7, 8, 8.4, 5, 9]);
    figures[2] = { ...figures[2]!, growthBasis: 'nominal' };
    expect(cityRank(figures, '330681', '2024Q1', 'growth', true)).toBeNull();
  });

  it('prefers the rank a source states', () => {
    const stated = testRankFigure(1, { scope: 'city', basis: 'growth' }, { region: '330681' });
    const rank = cityRank([...growthOfSix([6, 7, 8, 8.4, 5, 9]), stated], '330681', '2024Q1', 'growth', true);
    expect(rank).toMatchObject({ rank: 1, origin: 'stated', observation: stated });
  });

  it('gives the city and 滨海新区 no place among the six', () => {
    expect(cityRank(growthOfSix([6, 7, 8, 8.4, 5, 9]), '330600', '2024Q1', 'growth', true)).toBeNull();
    expect(cityRank(growthOfSix([6, 7, 8, 8.4, 5, 9]), 'binhai', '2024Q1', 'growth', true)).toBeNull();
  });
});
