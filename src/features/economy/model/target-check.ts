/**
 * A growth figure against its 2024 target, as the KPI cards show it: met or not, and by how much.
 * The verdict is the target tracker's (domain/targets.ts, judgeTarget), so the two pages never
 * disagree in a meeting: growth targets are read against the cumulative growth of the period, and
 * illustrative and secondary figures are not judged.
 */
import type { Observation } from '../../../api/contract/observations';
import type { Target } from '../../../api/contract/targets';
import { judgeTarget, type JudgeInput, type TargetStatus } from '../../../domain/targets';

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

/** Where the work report sets a growth target: the domain's rule, also the overview's. */
export { findGrowthTarget } from '../../../domain/targets';

/** The verdicts that count as met on a card: reached, or on course for the year. */
const MET: ReadonlySet<TargetStatus> = new Set(['met', 'ahead', 'on-track']);
const NOT_MET: ReadonlySet<TargetStatus> = new Set(['missed', 'behind']);

const roundPoints = (value: number) => Math.round(value * 10) / 10;

/** The card's reading of judgeTarget for one growth figure; null where the tracker gives no verdict. */
export function checkGrowthTarget(
  target: Target,
  growth: Observation,
  related: Observation | null,
  indicator: JudgeInput['indicator'],
): TargetCheck | null {
  if (growth.measure !== 'growth') return null;
  const judgement = judgeTarget({
    target,
    period: growth.period,
    progress: [
      {
        id: growth.id,
        period: growth.period,
        observation: growth,
        text: null,
        completionShare: false,
        source: growth.source,
      },
    ],
    indicator,
    comparison: related ? [related] : [],
  });
  const met = MET.has(judgement.status);
  if (!met && !NOT_MET.has(judgement.status)) return null;
  const reference = target.kind === 'relational' ? judgement.compared?.value : target.value;
  if (reference === undefined || reference === null) return null;
  return { target, met, reference, gap: roundPoints(growth.value - reference), related: judgement.compared };
}
