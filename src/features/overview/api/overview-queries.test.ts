import { describe, expect, it } from 'vitest';
import { priorYearOptions } from './overview-queries';

describe('priorYearOptions', () => {
  it('asks for the same period a year earlier only where the area’s series does not hold it', () => {
    // 2023Q1 is a dashboard period: the area's series already holds its rates.
    expect(priorYearOptions('330600', '2024Q1', undefined).enabled).toBe(false);
    // 2021Q1 is not offered: its growth rates are asked for on their own.
    const first = priorYearOptions('330600', '2022Q1', 'published');
    expect(first.enabled).toBe(true);
    expect(JSON.stringify(first.queryKey)).toContain('2021Q1');
    expect(JSON.stringify(first.queryKey)).toContain('growth');
  });
});
