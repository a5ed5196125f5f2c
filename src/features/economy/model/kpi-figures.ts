import type { Observation, Revision } from '../../../api/contract/observations';
import { isSecondarySource } from '../../../domain/reliability';
import { findFigure } from '../../../domain/observations';

/** The headline figures are the domain's: the overview reads the same ones. */
export { growthChange, pickKpiFigures, type GrowthChange, type KpiFigures } from '../../../domain/headline-figures';

export interface TrendPoint {
  period: string;
  value: number | null;
  illustrative: boolean;
  /** From a secondary source: marked wherever the point is read out (tooltips). */
  secondary?: boolean;
  /** Earlier values a later release revised, newest first: read out with the point (tooltips). */
  revisions?: readonly Revision[];
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
    const found = findFigure(observations, { region, period, measure, growthBasis: growthBasis ?? undefined });
    return {
      period,
      value: found?.value ?? null,
      illustrative: found?.status === 'illustrative',
      secondary: found ? isSecondarySource(found.source) : false,
      ...(found && found.revisions.length > 0 && { revisions: found.revisions }),
    };
  });
}
