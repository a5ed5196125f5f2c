/**
 * Shaoxing among Zhejiang's 11 prefecture-level cities: each city's published level and growth of
 * an indicator in a period, the province beside them. A city without a figure stays missing: never
 * filled, never illustrative (the request asks for published figures only).
 */
import type { Indicator } from '../../../api/contract/indicators';
import type { Observation } from '../../../api/contract/observations';
import { pickKpiFigures } from '../../../domain/headline-figures';
import { competitionRanks } from '../../../domain/ranks';
import { CITY_REGION } from '../../../domain/regions';
import { canRankWith } from '../../../domain/reliability';
import { PROVINCE_REGION, provinceGap, type ProvinceGap } from './headline-rows';

export interface CityFigures {
  region: string;
  level: Observation | null;
  growth: Observation | null;
  /** A nominal rate a secondary source computed: shown in the table, marked, never ranked or drawn. */
  nominalOnly: Observation | null;
}

export interface CityComparison {
  indicator: Indicator;
  /** The 11 cities in the order given (the API's), Shaoxing among them. */
  cities: CityFigures[];
  province: CityFigures;
  /**
   * Shaoxing's place on growth: the province rank a source states for the period, or the place
   * among the 11 computed when all 11 have a growth figure that can make a rank, of one basis.
   */
  rank: { value: number; origin: 'stated' | 'computed'; observation: Observation | null } | null;
  gap: ProvinceGap | null;
}

/** The indicators with at least one published figure of a city other than Shaoxing in the period. */
export function comparableIndicators(
  indicators: readonly Indicator[],
  observations: readonly Observation[],
  cityIds: readonly string[],
): Indicator[] {
  const others = new Set(cityIds.filter((id) => id !== CITY_REGION));
  return indicators.filter((indicator) =>
    observations.some(
      (o) => o.indicator === indicator.id && others.has(o.region) && (o.measure === 'level' || o.measure === 'growth'),
    ),
  );
}

export function cityComparison(
  indicator: Indicator,
  observations: readonly Observation[],
  cityIds: readonly string[],
  period: string,
): CityComparison {
  const mine = observations.filter((o) => o.indicator === indicator.id && o.status === 'published');
  const figuresOf = (region: string): CityFigures => {
    const picked = pickKpiFigures(mine, region, period);
    return {
      region,
      level: picked.level,
      growth: picked.growth,
      nominalOnly: picked.growth ? null : picked.secondaryGrowth,
    };
  };
  const cities = cityIds.map(figuresOf);
  const shaoxing = cities.find((c) => c.region === CITY_REGION) ?? figuresOf(CITY_REGION);
  const stated = pickKpiFigures(mine, CITY_REGION, period).rank;
  let rank: CityComparison['rank'] = null;
  if (stated && stated.rank?.basis !== 'level') {
    rank = { value: stated.value, origin: 'stated', observation: stated };
  } else {
    const growths = cities.map((c) => c.growth);
    const complete = growths.every((g): g is Observation => g !== null && canRankWith(g));
    if (complete && new Set(growths.map((g) => g.growthBasis)).size === 1) {
      const ranks = competitionRanks(
        growths.map((g) => g.value),
        indicator.higherIsBetter,
      );
      const index = cityIds.indexOf(CITY_REGION);
      if (ranks && index >= 0) rank = { value: ranks[index]!, origin: 'computed', observation: null };
    }
  }
  return {
    indicator,
    cities,
    province: figuresOf(PROVINCE_REGION),
    rank,
    gap: provinceGap(
      shaoxing.growth,
      mine.filter((o) => o.region === PROVINCE_REGION),
    ),
  };
}
