import { describe, expect, it } from 'vitest';
import { sectorShares } from './sector-shares';
import { ILLUSTRATIVE_SOURCE, testFigure } from '../../../test/test-observation';

const level = (indicator: string, value: number, period = '2023H1') =>
  testFigure({ indicator, value, period, measure: 'level', unit: '亿元', growthBasis: null });

describe('sectorShares', () => {
  it('computes the shares of the three sectors from their levels (2023H1: 107, 1712, 1803亿元)', () => {
    const rows = sectorShares(
      [
        level('primary_industry_value_added', 107),
        level('secondary_industry_value_added', 1712),
        level('services_value_added', 1803),
      ],
      '330600',
      ['2023H1'],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]!.shares).toEqual([3, 47.3, 49.8]);
    expect(rows[0]!.illustrative).toBe(false);
  });

  it('skips a period where one sector is missing, and marks one built on an illustrative level', () => {
    const rows = sectorShares(
      [
        level('primary_industry_value_added', 100, '2024Q1'),
        level('secondary_industry_value_added', 900, '2024Q1'),
        { ...level('services_value_added', 1000, '2024Q1'), status: 'illustrative', source: ILLUSTRATIVE_SOURCE },
        level('primary_industry_value_added', 100, '2024H1'),
      ],
      '330600',
      ['2024Q1', '2024H1'],
    );
    expect(rows.map((r) => r.period)).toEqual(['2024Q1']);
    expect(rows[0]!.illustrative).toBe(true);
  });
});
