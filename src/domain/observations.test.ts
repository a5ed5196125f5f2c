import { describe, expect, it } from 'vitest';
import { testFigure } from '../test/test-observation';
import { findFigure, matchesFigure } from './observations';

describe('findFigure', () => {
  const real = testFigure({ id: 'real', value: 7.8 });
  const nominal = testFigure({ id: 'nominal', value: 7.4, growthBasis: 'nominal' });
  const level = testFigure({ id: 'level', measure: 'level', value: 1871, unit: '亿元', growthBasis: null });
  const list = [real, nominal, level];

  it('matches every field the key gives and ignores the ones it leaves out', () => {
    expect(findFigure(list, { region: '330600', period: '2024Q1', measure: 'growth', growthBasis: 'nominal' })).toBe(
      nominal,
    );
    expect(findFigure(list, { measure: 'growth' })).toBe(real);
    expect(findFigure(list, { measure: 'level', growthBasis: null })).toBe(level);
  });

  it('says a figure is missing (null) rather than taking a neighbour', () => {
    expect(findFigure(list, { period: '2024H1' })).toBeNull();
    expect(findFigure(list, { region: '330681', measure: 'growth' })).toBeNull();
    expect(findFigure([], {})).toBeNull();
  });

  it('never reads a real rate as a nominal one', () => {
    expect(matchesFigure(real, { growthBasis: 'nominal' })).toBe(false);
    expect(matchesFigure(real, { growthBasis: 'real', indicator: 'gdp' })).toBe(true);
  });
});
