/**
 * The figures that head a headline indicator for a region and period (level, growth, rank) and the
 * change of its growth against the previous cumulative period: the economy cards and the overview
 * read the same figures.
 */
import type { Observation } from '../api/contract/observations';
import { canHeadlineGrowth, reliabilityRank, madeFromIllustrative } from './reliability';

export interface KpiFigures {
  level: Observation | null;
  /** The headline growth: never a nominal rate a secondary source computed. */
  growth: Observation | null;
  /** A secondary source's nominal rate, shown (if at all) on a marked line of its own. */
  secondaryGrowth: Observation | null;
  rank: Observation | null;
}

/** Most reliable first; the list's order among equals. */
function mostReliable(list: readonly Observation[]): Observation | null {
  return [...list].sort((a, b) => reliabilityRank(a.source) - reliabilityRank(b.source))[0] ?? null;
}

/**
 * The figures of one card: level, growth and rank in the province of an indicator for a region and
 * period, each the most reliable of its kind. A district's place among the six is city-rank.ts's,
 * shown on a line of its own.
 */
export function pickKpiFigures(observations: readonly Observation[], region: string, period: string): KpiFigures {
  const here = observations.filter((o) => o.region === region && o.period === period);
  const rates = here.filter((o) => o.measure === 'growth');
  // Real before nominal, then by reliability: the official comparable-price rate heads the card.
  const headline = rates.filter(canHeadlineGrowth);
  const growth = mostReliable(headline.filter((o) => o.growthBasis === 'real')) ?? mostReliable(headline);
  return {
    level: mostReliable(here.filter((o) => o.measure === 'level')),
    growth,
    secondaryGrowth: rates.find((o) => !canHeadlineGrowth(o)) ?? null,
    rank: mostReliable(here.filter((o) => o.measure === 'rank' && o.rank?.scope === 'province')),
  };
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
  const growthAt = (p: string) => pickKpiFigures(observations, region, p).growth;
  const now = growthAt(period);
  const before = growthAt(previousPeriod);
  if (!now || !before || now.growthBasis !== before.growthBasis) return null;
  return {
    // Rounded to the one decimal the rates have, so 7.0 − 7.8 is −0.8, not −0.7999….
    value: Math.round((now.value - before.value) * 10) / 10,
    previousPeriod,
    illustrative: madeFromIllustrative([now, before]),
  };
}
