import { describe, expect, it } from 'vitest';
import {
  comparePeriods,
  DASHBOARD_PERIODS,
  isDashboardPeriod,
  parsePeriod,
  previousCumulativePeriod,
  twoYearWindow,
} from './periods';

describe('periods', () => {
  it('parses cumulative periods with the months they cover', () => {
    expect(parsePeriod('2024Q1')).toEqual({ year: 2024, part: 'Q1', months: 3 });
    expect(parsePeriod('2024H1')).toEqual({ year: 2024, part: 'H1', months: 6 });
    expect(parsePeriod('2024Q3')).toEqual({ year: 2024, part: 'Q3', months: 9 });
    expect(parsePeriod('2024FY')).toEqual({ year: 2024, part: 'FY', months: 12 });
    expect(parsePeriod('2024M05')).toEqual({ year: 2024, part: 'M', months: 5 });
    expect(parsePeriod('2024Q2')).toBeNull();
    expect(parsePeriod('2024M13')).toBeNull();
  });

  it('offers every cumulative period of 2022 to 2025, each once, oldest first', () => {
    const parsed = DASHBOARD_PERIODS.map((id) => parsePeriod(id));
    expect(parsed.every((p) => p !== null && p.part !== 'M')).toBe(true);
    expect(new Set(DASHBOARD_PERIODS).size).toBe(DASHBOARD_PERIODS.length);
    expect([...new Set(parsed.map((p) => p!.year))]).toEqual([2022, 2023, 2024, 2025]);
    expect(DASHBOARD_PERIODS[0]).toBe('2022Q1');
    expect(DASHBOARD_PERIODS.at(-1)).toBe('2025FY');
    expect([...DASHBOARD_PERIODS].reverse().sort(comparePeriods)).toEqual([...DASHBOARD_PERIODS]);
    expect(isDashboardPeriod('2024H1')).toBe(true);
    expect(isDashboardPeriod('2025H1')).toBe(true);
    expect(isDashboardPeriod('2022H1')).toBe(false);
    expect(isDashboardPeriod('2021FY')).toBe(false);
  });

  it('gives a small trend two years of periods: the selected year and the one before, or after for the first', () => {
    const offeredIn = (...years: number[]) => DASHBOARD_PERIODS.filter((id) => years.includes(parsePeriod(id)!.year));
    expect(twoYearWindow('2024Q1')).toEqual(offeredIn(2023, 2024));
    expect(twoYearWindow('2025H1')).toEqual(offeredIn(2024, 2025));
    expect(twoYearWindow('2022FY')).toEqual(offeredIn(2022, 2023));
  });

  it('finds the previous cumulative period within the same year only', () => {
    expect(previousCumulativePeriod('2024H1')).toBe('2024Q1');
    expect(previousCumulativePeriod('2024FY')).toBe('2024Q3');
    expect(previousCumulativePeriod('2024Q1')).toBeNull();
    expect(previousCumulativePeriod('2024M05')).toBeNull();
  });

  it('orders month periods between quarters', () => {
    expect(['2024H1', '2024M05', '2024Q1'].sort(comparePeriods)).toEqual(['2024Q1', '2024M05', '2024H1']);
  });
});
