import { describe, expect, it } from 'vitest';
import { observationsBody } from '../../test/api-bodies';
import { testFigure, testRankFigure } from '../../test/test-observation';
import { decodeObservations } from '../endpoints/observations';
import { observationsResponse } from './observations';
import { targetsResponse } from './targets';
import type { Observation } from './observations';

/** The first complaint of the contract about a body made of these figures, or null when it passes. */
function complaint(figures: Observation[], edit?: (body: ReturnType<typeof observationsBody>) => unknown) {
  const body = observationsBody(figures);
  const parsed = observationsResponse.safeParse(edit ? edit(body) : body);
  if (parsed.success) return null;
  const issue = parsed.error.issues[0]!;
  return `${issue.path.join('.')}: ${issue.message}`;
}

const level = (value: number, indicator = 'gdp') =>
  testFigure({ indicator, measure: 'level', value, unit: '亿元', growthBasis: null });

describe('the contract refuses absurd values', () => {
  it.each([
    ['±1e308', 1e308],
    ['-1e308', -1e308],
    ['a value of 1e15', 1e15],
  ])('refuses %s', (_, value) => {
    expect(complaint([level(value)])).toMatch(/^data\.0\.value: value out of range/);
  });

  it('refuses NaN, Infinity and numbers sent as strings', () => {
    const withValue = (value: unknown) => (body: ReturnType<typeof observationsBody>) => ({
      ...body,
      data: [{ ...body.data[0], value }],
    });
    for (const value of ['NaN', 'Infinity', '12', null, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(complaint([level(1)], withValue(value)), String(value)).toMatch(/^data\.0\.value/);
    }
  });

  it('refuses growth and change beyond ±1000, and keeps ordinary falls', () => {
    expect(complaint([testFigure({ value: 1200 })])).toMatch(/growth out of range/);
    expect(complaint([testFigure({ value: -1001 })])).toMatch(/growth out of range/);
    expect(complaint([testFigure({ measure: 'change', unit: '个百分点', growthBasis: null, value: 5000 })])).toMatch(
      /change out of range/,
    );
    expect(complaint([testFigure({ value: -12.5 })])).toBeNull();
    expect(complaint([testFigure({ measure: 'change', unit: '个百分点', growthBasis: null, value: -3.2 })])).toBeNull();
  });

  it('refuses a negative level of an indicator that cannot be negative, and keeps zero', () => {
    expect(complaint([level(-5)])).toMatch(/negative level for gdp/);
    expect(complaint([level(0)])).toBeNull();
    expect(complaint([level(184_995, 'gdp_per_capita')])).toBeNull();
  });

  it('refuses a rank that is not a whole number from 1', () => {
    const rank = (value: number) => testRankFigure(value, { scope: 'city', basis: null });
    expect(complaint([rank(0)])).toMatch(/rank must be/);
    expect(complaint([rank(2.5)])).toMatch(/rank must be/);
    expect(complaint([rank(3)])).toBeNull();
  });
});

describe('the contract refuses two values for one figure', () => {
  it('names the figure and both values', () => {
    const message = complaint([testFigure({ value: 7.8 }), testFigure({ id: 'other', value: 9.1 })]);
    expect(message).toBe('data.1: two different values for one figure (gdp 330600 2024Q1 growth real): 7.8 and 9.1');
  });

  it('tells apart figures that only look alike: real and nominal growth, rankings of another basis', () => {
    const figures = [
      testFigure({ value: 7.8 }),
      testFigure({ id: 'n', value: 6.1, growthBasis: 'nominal' }),
      testRankFigure(1, { scope: 'city', basis: 'level' }, { id: 'r1' }),
      testRankFigure(6, { scope: 'city', basis: 'growth' }, { id: 'r2' }),
      testFigure({ id: 'other-region', region: '330602', value: 5 }),
    ];
    expect(complaint(figures)).toBeNull();
  });

  it('merges the same figure sent twice with the same value', () => {
    const body = observationsResponse.parse(observationsBody([testFigure({}), testFigure({ id: 'again' })]));
    expect(decodeObservations(body)).toHaveLength(1);
  });

  it('holds for the figures of target progress too', () => {
    const progress = (id: string, value: number) => ({
      id,
      target: 't1',
      region: '330600',
      period: '2024Q1',
      observation: observationsBody([testFigure({ value })]).data[0],
      text: null,
      completionShare: false,
      source: { source: 's1', quote: 0 },
    });
    const body = (second: number) => ({
      ...observationsBody([testFigure({})]),
      data: { areas: [], targets: [], progress: [progress('p1', 7.8), progress('p2', second)] },
    });
    expect(targetsResponse.safeParse(body(7.8)).success).toBe(true);
    const refused = targetsResponse.safeParse(body(8.8));
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0]?.message).toMatch(/two different values for one figure/);
  });
});
