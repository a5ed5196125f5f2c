/**
 * 居全市第N位: a district's place among the six 区、县（市）. A rank a source states is taken as
 * it is, whatever its basis (shown with it); otherwise it is computed from the six figures, and only when all six are there (a rank
 * among five would be a wrong claim). A computed rank is illustrative if any of its inputs is.
 * Secondary figures are never used: neither a rank they state nor a rank computed from them.
 */
import type { Observation } from '../../../api/contract/observations';
import { competitionRanks } from '../../../domain/ranks';
import { canRankWith, madeFromIllustrative } from '../../../domain/reliability';
import { isDistrict, SIX_DISTRICTS } from '../../../domain/regions';
import { findFigure, matchesFigure } from '../../../domain/observations';

export interface CityRank {
  rank: number;
  of: number;
  basis: 'level' | 'growth' | null;
  /** stated: a source gives the rank; computed: derived here from the six figures. */
  origin: 'stated' | 'computed';
  illustrative: boolean;
  /** The stated rank's observation, for its source. */
  observation: Observation | null;
}

export function cityRank(
  observations: readonly Observation[],
  region: string,
  period: string,
  measure: 'level' | 'growth',
  higherIsBetter: boolean,
): CityRank | null {
  if (!isDistrict(region)) return null;
  // A rank a secondary source states is not a rank anyone can cite.
  const stated = observations.find(
    (o) => matchesFigure(o, { region, period, measure: 'rank' }) && o.rank?.scope === 'city' && canRankWith(o),
  );
  if (stated) {
    return {
      rank: stated.value,
      of: SIX_DISTRICTS.length,
      basis: stated.rank?.basis ?? null,
      origin: 'stated',
      illustrative: stated.status === 'illustrative',
      observation: stated,
    };
  }
  const figures = SIX_DISTRICTS.map((id) => findFigure(observations, { region: id, period, measure }));
  if (figures.some((f) => f === null)) return null;
  const present = figures as Observation[];
  // A secondary figure never makes a rank: a rank among six needs six figures someone can vouch for.
  if (!present.every(canRankWith)) return null;
  // Nominal and real rates are not comparable: no rank across them.
  if (measure === 'growth' && new Set(present.map((f) => f.growthBasis)).size > 1) return null;
  // All six are present, so the ranks exist; the region's is at its place in SIX_DISTRICTS.
  const ranks = competitionRanks(
    present.map((f) => f.value),
    higherIsBetter,
  )!;
  return {
    rank: ranks[SIX_DISTRICTS.indexOf(region)]!,
    of: SIX_DISTRICTS.length,
    basis: measure,
    origin: 'computed',
    illustrative: madeFromIllustrative(present),
    observation: null,
  };
}
