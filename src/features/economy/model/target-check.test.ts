import { describe, expect, it } from 'vitest';
import type { Target } from '../../../api/contract/targets';
import { judgeTarget } from '../../../domain/targets';
import { checkGrowthTarget, findGrowthTarget } from './target-check';
import { testFigure } from '../../../test/test-observation';
import { testTarget } from '../../../test/test-target';

const target = testTarget;

const real = { higherIsBetter: true, growthBasis: 'real' as const };
const nominal = { higherIsBetter: true, growthBasis: 'nominal' as const };

describe('checkGrowthTarget', () => {
  it('meets 6.5%以上 with 7.8%, 1.3 points above', () => {
    expect(checkGrowthTarget(target({}), testFigure({ value: 7.8 }), null, real)).toMatchObject({
      met: true,
      gap: 1.3,
    });
  });

  it('meets an at-least target exactly at the target, and misses it just below', () => {
    expect(checkGrowthTarget(target({}), testFigure({ value: 6.5 }), null, real)?.met).toBe(true);
    expect(checkGrowthTarget(target({}), testFigure({ value: 6.4 }), null, real)).toMatchObject({
      met: false,
      gap: -0.1,
    });
  });

  it('reads a plain "增长9%" as the pace to reach', () => {
    const iva = target({ operator: 'equal', value: 9 });
    expect(checkGrowthTarget(iva, testFigure({ value: 9.2 }), null, real)?.met).toBe(true);
    expect(checkGrowthTarget(iva, testFigure({ value: 8.9 }), null, real)?.met).toBe(false);
  });

  it('allows half a point either side of 左右, and treats a ceiling 左右 as a ceiling', () => {
    const about = target({ operator: 'about', value: 3 });
    expect(checkGrowthTarget(about, testFigure({ value: 2.5 }), null, real)?.met).toBe(true);
    expect(checkGrowthTarget(about, testFigure({ value: 2.4 }), null, real)?.met).toBe(false);
    const cpi = { higherIsBetter: false, growthBasis: 'nominal' as const };
    expect(checkGrowthTarget(about, testFigure({ value: 3.5, growthBasis: 'nominal' }), null, cpi)?.met).toBe(true);
    expect(checkGrowthTarget(about, testFigure({ value: 3.6, growthBasis: 'nominal' }), null, cpi)?.met).toBe(false);
  });

  it('never judges a real target with a nominal rate', () => {
    expect(checkGrowthTarget(target({}), testFigure({ value: 7.4, growthBasis: 'nominal' }), null, real)).toBeNull();
  });

  it('compares a relational target with the related figure of the same period', () => {
    const above = target({
      kind: 'relational',
      operator: 'above',
      value: null,
      relatedTo: { indicator: 'gdp', measure: 'growth' },
    });
    const gdp = testFigure({ value: 7.8 });
    expect(
      checkGrowthTarget(above, testFigure({ indicator: 'services_value_added', value: 8.1 }), gdp, real),
    ).toMatchObject({
      met: true,
      reference: 7.8,
    });
    expect(checkGrowthTarget(above, testFigure({ value: 7.8 }), gdp, real)?.met).toBe(false);
    const inStep = target({ kind: 'relational', operator: 'in-step', value: null });
    const revenue = testFigure({ indicator: 'general_public_budget_revenue', value: 3.3, growthBasis: 'nominal' });
    expect(checkGrowthTarget(inStep, revenue, gdp, nominal)?.met).toBe(false);
    expect(checkGrowthTarget(inStep, { ...revenue, value: 6.8 }, gdp, nominal)?.met).toBe(true);
    expect(checkGrowthTarget(inStep, revenue, null, nominal)).toBeNull();
  });

  it('does not judge an illustrative figure, as the target tracker does not', () => {
    const figure = testFigure({
      status: 'illustrative',
      source: { type: 'illustrative', method: { zh: '示', en: 'i' } },
    });
    expect(checkGrowthTarget(target({}), figure, null, real)).toBeNull();
    const above = target({ kind: 'relational', operator: 'above', value: null });
    expect(checkGrowthTarget(above, testFigure({ value: 8.1 }), figure, real)).toBeNull();
  });
});

describe('findGrowthTarget', () => {
  it('finds the city target on the indicator’s growth, and nothing for another owner', () => {
    const t = target({});
    expect(findGrowthTarget([t], 'gdp', '330600')).toBe(t);
    expect(findGrowthTarget([t], 'gdp', 'binhai')).toBeNull();
    expect(findGrowthTarget([t], 'exports', '330600')).toBeNull();
  });
});

describe('the card and the tracker', () => {
  const statuses = (
    t: Target,
    value: number,
    indicator: { higherIsBetter: boolean; growthBasis: 'real' | 'nominal' },
  ) =>
    judgeTarget({
      target: t,
      period: '2024Q1',
      progress: [
        {
          id: 'p',
          period: '2024Q1',
          observation: testFigure({ value, growthBasis: indicator.growthBasis }),
          text: null,
          completionShare: false,
          source: testFigure({}).source,
        },
      ],
      indicator,
      comparison: [],
    }).status;

  it.each([
    ['at-least', true],
    ['at-least', false],
    ['equal', true],
    ['equal', false],
    ['about', true],
    ['about', false],
    ['at-most', true],
    ['at-most', false],
  ] as const)('agree on %s where higher is better: %s', (operator, higher) => {
    const indicator = { higherIsBetter: higher, growthBasis: 'nominal' as const };
    const t = target({ operator, value: 3 });
    for (const value of [2, 2.5, 2.9, 3, 3.1, 3.5, 3.6, 4]) {
      const met = checkGrowthTarget(t, testFigure({ value, growthBasis: 'nominal' }), null, indicator)?.met;
      expect(met).toBe(['met', 'ahead', 'on-track'].includes(statuses(t, value, indicator)));
    }
  });
});
