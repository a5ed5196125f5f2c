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
    ...partial,
  };
}

export const ILLUSTRATIVE_SOURCE = { type: 'illustrative', method: { zh: '示意', en: 'illustrative' } } as const;
