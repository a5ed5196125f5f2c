/** Observations for the county tests, with only the fields that matter set. */
import type { Observation } from '../../../api/contract/observations';

export { SIX_DISTRICTS as SIX } from '../../../domain/regions';

export function observation(
  region: string,
  value: number,
  options: Partial<
    Pick<Observation, 'indicator' | 'period' | 'measure' | 'status' | 'growthBasis' | 'rank' | 'unit'>
  > = {},
): Observation {
  const measure = options.measure ?? 'level';
  const status = options.status ?? 'published';
  return {
    id: `${region}-${options.indicator ?? 'gdp'}-${options.period ?? '2024FY'}-${measure}-${value}`,
    indicator: options.indicator ?? 'gdp',
    region,
    period: options.period ?? '2024FY',
    measure,
    value,
    unit: options.unit ?? (measure === 'growth' ? '%' : measure === 'rank' ? '位' : '亿元'),
    growthBasis: options.growthBasis ?? (measure === 'growth' ? 'real' : null),
    rank: options.rank ?? null,
    status,
    source:
      status === 'illustrative'
        ? { type: 'illustrative', method: { zh: '示意', en: 'Illustrative' } }
        : {
            type: 'document',
            title: '报告',
            issuer: '发布机构',
            date: '2025-01',
            quote: `${value}`,
            reliability: 'official',
          },
    note: null,
    alternatives: [],
    release: null,
    revisions: [],
  };
}
