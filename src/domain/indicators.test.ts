import { describe, expect, it } from 'vitest';
import { changeTone, cityIsComparable } from './indicators';

describe('indicator rules', () => {
  it('reads a change by the indicator’s direction', () => {
    expect(changeTone(1.2, { higherIsBetter: true })).toBe('better');
    expect(changeTone(-1.2, { higherIsBetter: true })).toBe('worse');
    expect(changeTone(1.2, { higherIsBetter: false })).toBe('worse');
    expect(changeTone(-1.2, { higherIsBetter: false })).toBe('better');
    expect(changeTone(0, { higherIsBetter: true })).toBeNull();
  });

  it('compares the city with a district on rates and per-head figures, never on a total', () => {
    expect(cityIsComparable({ id: 'gdp', unit: '亿元' }, 'growth')).toBe(true);
    expect(cityIsComparable({ id: 'gdp', unit: '亿元' }, 'level')).toBe(false);
    expect(cityIsComparable({ id: 'disposable_income', unit: '元' }, 'level')).toBe(true);
    expect(cityIsComparable({ id: 'urban_rural_income_ratio', unit: '' }, 'level')).toBe(true);
  });
});
