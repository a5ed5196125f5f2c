import type { Observation } from '../../../api/contract/observations';

export interface KpiFigures {
  level: Observation | null;
  growth: Observation | null;
  rank: Observation | null;
}

/**
 * The figures of one card: level, growth and rank of an indicator for a region and period. A rank in
 * the province is what officials quote first; a rank in the city is the fallback for districts.
 */
export function pickKpiFigures(observations: readonly Observation[], region: string, period: string): KpiFigures {
  const here = observations.filter((o) => o.region === region && o.period === period);
  const find = (measure: Observation['measure']) => here.find((o) => o.measure === measure) ?? null;
  const ranks = here.filter((o) => o.measure === 'rank');
  return {
    level: find('level'),
    growth: find('growth'),
    rank: ranks.find((o) => o.rank?.scope === 'province') ?? ranks.find((o) => o.rank?.scope === 'city') ?? null,
  };
}

export interface TrendPoint {
  period: string;
  value: number | null;
  illustrative: boolean;
}

/**
 * One point per period, in the order given; a period with no figure stays a gap, never zero.
 * For growth, only rates of one basis (real or nominal) make a line: the two never share an axis.
 */
export function trendPoints(
  observations: readonly Observation[],
  region: string,
  measure: Observation['measure'],
  periods: readonly string[],
  growthBasis: 'real' | 'nominal' | null = null,
): TrendPoint[] {
  return periods.map((period) => {
    const found = observations.find(
      (o) =>
        o.region === region &&
        o.period === period &&
        o.measure === measure &&
        (growthBasis === null || o.growthBasis === growthBasis),
    );
    return { period, value: found?.value ?? null, illustrative: found?.status === 'illustrative' };
  });
}
