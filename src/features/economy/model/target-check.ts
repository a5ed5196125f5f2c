/**
 * A growth figure against its 2024 target, as the KPI cards show it. Growth targets are read
 * against the cumulative growth of any period of the year (DOMAIN.md): 6.5%以上 is met in Q1 when
 * Q1's cumulative growth is 6.5% or more. The tolerances are the target tracker's (one table, so
 * the two pages never disagree in a meeting), and, as there, illustrative and secondary figures
 * are not judged (lib/reliability.ts).
 */
import type { Observation } from '../../../api/contract/observations';
import type { Target } from '../../../api/contract/targets';
import { canJudge } from '../../../domain/reliability';
import { THRESHOLDS } from '../../../domain/target-thresholds';

const ABOUT_TOLERANCE_POINTS = THRESHOLDS.aboutGrowthTolerance;
const IN_STEP_TOLERANCE_POINTS = THRESHOLDS.inStepTolerance;

export interface TargetCheck {
  target: Target;
  met: boolean;
  /** The figure compared: the target's value, or for a relational target the related growth. */
  reference: number;
  /** value − reference, in percentage points. */
  gap: number;
  /** For relational targets: the figure compared with (GDP growth). */
  related: Observation | null;
}

/** The city's 2024 target on this indicator's growth, if the work report sets one. */
export function findGrowthTarget(targets: readonly Target[], indicator: string, owner: string): Target | null {
  return (
    targets.find(
      (t) =>
        t.owner === owner &&
        t.year === 2024 &&
        t.linked?.indicator === indicator &&
        t.linked.measure === 'growth' &&
        (t.kind === 'growth' || t.kind === 'relational'),
    ) ?? null
  );
}

export const isIllustrative = (figure: Observation) => figure.status === 'illustrative';

const roundPoints = (value: number) => Math.round(value * 10) / 10;

export function checkGrowthTarget(
  target: Target,
  growth: Observation,
  related: Observation | null,
  indicator: { higherIsBetter: boolean; growthBasis: 'real' | 'nominal' | null },
): TargetCheck | null {
  const { higherIsBetter, growthBasis: officialBasis } = indicator;
  if (growth.measure !== 'growth') return null;
  // Demonstration values and secondary figures are not progress: the tracker does not judge them, nor does the card.
  if (!canJudge(growth) || (related && !canJudge(related))) return null;
  const result = (met: boolean, reference: number, relatedFigure: Observation | null): TargetCheck => ({
    target,
    met,
    reference,
    gap: roundPoints(growth.value - reference),
    related: relatedFigure,
  });

  if (target.kind === 'relational') {
    // Same period, as the report means it. The bases may differ (nominal revenue against real GDP
    // growth): that is how the report's "基本同步" is read, and the card labels each rate.
    if (!related || related.measure !== 'growth') return null;
    if (target.operator === 'above') return result(growth.value > related.value, related.value, related);
    if (target.operator === 'in-step')
      return result(growth.value >= related.value - IN_STEP_TOLERANCE_POINTS, related.value, related);
    return null;
  }

  if (target.value === null) return null;
  // Where the official rate is real (GDP, industry), the target is real: a nominal figure (a
  // forum's computation from current prices) is not judged against it.
  if (officialBasis === 'real' && growth.growthBasis !== 'real') return null;
  const value = target.value;
  switch (target.operator) {
    case 'at-least':
    case 'above':
    case 'equal':
      // "增长9%" in a work report is the pace to reach; reaching or passing it meets it.
      return result(growth.value >= value, value, null);
    case 'at-most':
      return result(growth.value <= value, value, null);
    case 'about':
      return result(
        higherIsBetter
          ? growth.value >= value - ABOUT_TOLERANCE_POINTS
          : growth.value <= value + ABOUT_TOLERANCE_POINTS,
        value,
        null,
      );
    default:
      return null;
  }
}
