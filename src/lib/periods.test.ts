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

  it('offers 2022Q1 … 2025FY in order', () => {
    expect(DASHBOARD_PERIODS).toEqual([
      '2022Q1',
      '2022Q3',
      '2022FY',
      '2023Q1',
      '2023H1',
      '2023Q3',
      '2023FY',
      '2024Q1',
      '2024H1',
      '2024Q3',
      '2024FY',
      '2025Q1',
      '2025H1',
      '2025Q3',
      '2025FY',
    ]);
    expect([...DASHBOARD_PERIODS].reverse().sort(comparePeriods)).toEqual([...DASHBOARD_PERIODS]);
    expect(isDashboardPeriod('2024H1')).toBe(true);
    expect(isDashboardPeriod('2025H1')).toBe(true);
    expect(isDashboardPeriod('2022H1')).toBe(false);
    expect(isDashboardPeriod('2021FY')).toBe(false);
  });

  it('gives a small trend two years of periods: the selected year and the one before, or after for the first', () => {
    expect(twoYearWindow('2024Q1')).toEqual([
      '2023Q1',
      '2023H1',
      '2023Q3',
      '2023FY',
      '2024Q1',
      '2024H1',
      '2024Q3',
      '2024FY',
    ]);
    expect(twoYearWindow('2025H1')).toEqual([
      '2024Q1',
      '2024H1',
      '2024Q3',
      '2024FY',
      '2025Q1',
      '2025H1',
      '2025Q3',
      '2025FY',
    ]);
    expect(twoYearWindow('2022FY')).toEqual(['2022Q1', '2022Q3', '2022FY', '2023Q1', '2023H1', '2023Q3', '2023FY']);
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
