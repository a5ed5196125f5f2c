import type { Observation } from '../api/contract/observations';

/** An observation for tests: a published real GDP growth of the city in 2024Q1 unless overridden. */
export function testFigure(partial: Partial<Observation>): Observation {
  return {
    id: `${partial.region ?? '330600'}-${partial.period ?? '2024Q1'}-${partial.indicator ?? 'gdp'}-${partial.measure ?? 'growth'}`,
    indicator: 'gdp',
    region: '330600',
    period: '2024Q1',
    measure: 'growth',
    value: 7.8,
    unit: '%',
    growthBasis: 'real',
    rank: null,
    status: 'published',
    source: { type: 'document', title: 't', issuer: '发布机构', date: null, quote: 'q', reliability: 'official' },
    note: null,
    alternatives: [],
    release: null,
    revisions: [],
    ...partial,
  };
}

/** A stated place in a ranking (第 n 位) for tests: a rank figure has the unit 位 and no growth basis. */
export function testRankFigure(
  place: number,
  rank: NonNullable<Observation['rank']>,
  partial: Partial<Observation> = {},
): Observation {
  return testFigure({ measure: 'rank', unit: '位', growthBasis: null, rank, value: place, ...partial });
}

export const ILLUSTRATIVE_SOURCE = { type: 'illustrative', method: { zh: '示意', en: 'illustrative' } } as const;

/** The source of `testFigure`, restated by an aggregator: a second-hand figure. */
export const SECONDARY_SOURCE = { ...testFigure({}).source, reliability: 'secondary' as const };
