import { describe, expect, it } from 'vitest';
import { testFigure } from '../../../test/test-observation';
import { TEST_GDP } from '../../../test/test-indicator';
import { cityComparison, comparableIndicators } from './city-ranking';

const GDP = TEST_GDP;
const CITIES = ['330100', '330200', '330600'];
const growth = (region: string, value: number) => testFigure({ region, period: '2024FY', value });

describe('cityComparison', () => {
  it('leaves a city without a figure missing and computes no place among incomplete figures', () => {
    const result = cityComparison(GDP, [growth('330100', 4.7), growth('330600', 6.0)], CITIES, '2024FY');
    expect(result.cities.map((c) => c.growth?.value ?? null)).toEqual([4.7, null, 6.0]);
    expect(result.rank).toBeNull();
  });

  it('computes Shaoxing’s place when every city has a growth figure, and its gap to the province', () => {
    const result = cityComparison(
      GDP,
      [growth('330100', 4.7), growth('330200', 5.4), growth('330600', 6.0), growth('330000', 5.5)],
      CITIES,
      '2024FY',
    );
    expect(result.rank).toMatchObject({ value: 1, origin: 'computed' });
    expect(result.gap?.points).toBe(0.5);
    expect(result.province.growth?.value).toBe(5.5);
  });

  it('prefers the rank a source states, and never uses an illustrative figure', () => {
    const stated = testFigure({
      period: '2024FY',
      measure: 'rank',
      value: 2,
      unit: '位',
      growthBasis: null,
      rank: { scope: 'province', basis: 'growth' },
    });
    const illustrative = { ...growth('330200', 9.9), status: 'illustrative' as const };
    const result = cityComparison(GDP, [growth('330600', 6.0), stated, illustrative], CITIES, '2024FY');
    expect(result.rank).toMatchObject({ value: 2, origin: 'stated' });
    expect(result.cities[1]!.growth).toBeNull();
  });

  it('lists the indicators another city has a figure for', () => {
    const iva = { ...GDP, id: 'industrial_value_added' };
    expect(comparableIndicators([GDP, iva], [growth('330100', 4.7)], CITIES).map((i) => i.id)).toEqual(['gdp']);
    expect(comparableIndicators([GDP], [growth('330600', 4.7)], CITIES)).toEqual([]);
  });
});
