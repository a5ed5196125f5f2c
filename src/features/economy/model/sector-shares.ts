/**
 * 三次产业结构: the shares of primary, secondary and tertiary value added in their sum, per period.
 * Computed from the three levels of the same period and region, and only when all three are there;
 * a share computed from an illustrative level is illustrative.
 */
import type { Observation } from '../../../api/contract/observations';
import { SECTOR_INDICATORS } from './main-indicators';
import { findFigure } from '../../../domain/observations';
import { madeFromIllustrative } from '../../../domain/reliability';

export interface SectorShares {
  period: string;
  /** Percent, in the order of SECTOR_INDICATORS; they add up to 100 (up to rounding). */
  shares: [number, number, number];
  levels: [Observation, Observation, Observation];
  illustrative: boolean;
}

export function sectorShares(
  observations: readonly Observation[],
  region: string,
  periods: readonly string[],
): SectorShares[] {
  const result: SectorShares[] = [];
  for (const period of periods) {
    const levels = SECTOR_INDICATORS.map((indicator) =>
      findFigure(observations, { region, period, indicator, measure: 'level' }),
    );
    if (levels.some((o) => o === null)) continue;
    const found = levels as [Observation, Observation, Observation];
    const total = found.reduce((sum, o) => sum + o.value, 0);
    if (total <= 0) continue;
    result.push({
      period,
      shares: found.map((o) => Math.round((o.value / total) * 1000) / 10) as [number, number, number],
      levels: found,
      illustrative: madeFromIllustrative(found),
    });
  }
  return result;
}
