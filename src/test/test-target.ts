import type { Target } from '../api/contract/targets';
import { testFigure } from './test-observation';

/** A target for tests: the city's 2024 target of GDP growth of 6.5% or more, unless overridden. */
export function testTarget(partial: Partial<Target> = {}): Target {
  return {
    id: 't',
    year: 2024,
    owner: '330600',
    area: 'main',
    text: { zh: '地区生产总值增长6.5%以上', en: 'GDP growth of 6.5% or more' },
    kind: 'growth',
    operator: 'at-least',
    value: 6.5,
    unit: '%',
    linked: { indicator: 'gdp', measure: 'growth' },
    relatedTo: null,
    source: testFigure({}).source,
    ...partial,
  };
}
