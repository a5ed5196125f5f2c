import type { Observation } from '../../../api/contract/observations';

export interface KpiFigures {
  level: Observation | null;
  growth: Observation | null;
  rank: Observation | null;
}

/**
 * The figures of one card: level, growth and rank in the province of an indicator for a region and
 * period. A district's place among the six is city-rank.ts's, shown on a line of its own.
 */
export function pickKpiFigures(observations: readonly Observation[], region: string, period: string): KpiFigures {
  const here = observations.filter((o) => o.region === region && o.period === period);
  const find = (measure: Observation['measure']) => here.find((o) => o.measure === measure) ?? null;
  const ranks = here.filter((o) => o.measure === 'rank');
  return {
    level: find('level'),
    growth: find('growth'),
    rank: ranks.find((o) => o.rank?.scope === 'province') ?? null,
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

export interface GrowthChange {
  /** Percentage points: this period's growth minus the previous cumulative period's. */
  value: number;
  previousPeriod: string;
  illustrative: boolean;
}

/**
 * 比一季度加快/回落 x 个百分点: the change of the cumulative growth rate against the previous
 * cumulative period of the same year. Both rates must be of the same basis; Q1 has no previous.
 */
export function growthChange(
  observations: readonly Observation[],
  region: string,
  period: string,
  previousPeriod: string | null,
): GrowthChange | null {
  if (previousPeriod === null) return null;
  const growthAt = (p: string) =>
    observations.find((o) => o.region === region && o.period === p && o.measure === 'growth');
  const now = growthAt(period);
  const before = growthAt(previousPeriod);
  if (!now || !before || now.growthBasis !== before.growthBasis) return null;
  return {
    // Rounded to the one decimal the rates have, so 7.0 − 7.8 is −0.8, not −0.7999….
    value: Math.round((now.value - before.value) * 10) / 10,
    previousPeriod,
    illustrative: now.status === 'illustrative' || before.status === 'illustrative',
  };
}
