/**
 * The direction of a target, on every branch: the operator decides where it says which way
 * (以上 a floor, 以内/以下 a ceiling), the indicator only where it does not (左右, a plain number).
 */
import { describe, expect, it } from 'vitest';
import type { Target } from '../api/contract/targets';
import { testFigure } from '../test/test-observation';
import { testTarget } from '../test/test-target';
import { THRESHOLDS } from './target-thresholds';
import { judgeTarget, type JudgeInput, type TargetStatus } from './targets';

const lowerIsBetter = { higherIsBetter: false, growthBasis: 'nominal' as const };
const higherIsBetter = { higherIsBetter: true, growthBasis: 'nominal' as const };

function statusOf(
  operator: Target['operator'],
  kind: 'growth' | 'level',
  value: number,
  indicator: JudgeInput['indicator'],
  period = '2024H1',
): TargetStatus {
  const target = testTarget({
    text: { zh: '目标', en: 'Target' },
    kind,
    operator,
    value: 3,
    linked: { indicator: 'cpi', measure: kind },
  });
  const observation = testFigure({ indicator: 'cpi', period, measure: kind, value, growthBasis: 'nominal' });
  return judgeTarget({
    target,
    period,
    progress: [{ id: 'p', period, observation, text: null, completionShare: false, source: observation.source }],
    indicator,
    comparison: [],
  }).status;
}

describe('the direction of a target', () => {
  it.each(['growth', 'level'] as const)('reads 以上 (%s) as a floor even where lower is better', (kind) => {
    expect(statusOf('at-least', kind, 3.2, lowerIsBetter)).toBe('on-track');
    expect(statusOf('at-least', kind, 2.8, lowerIsBetter)).toBe('behind');
    expect(statusOf('at-least', kind, 3.2, lowerIsBetter, '2024FY')).toBe('met');
    expect(statusOf('at-least', kind, 2.8, lowerIsBetter, '2024FY')).toBe('missed');
  });

  it('reads 以内 as a ceiling even where higher is better', () => {
    expect(statusOf('at-most', 'growth', 2.8, higherIsBetter)).toBe('on-track');
    expect(statusOf('at-most', 'growth', 3.2, higherIsBetter)).toBe('behind');
    expect(statusOf('at-most', 'level', 3, higherIsBetter, '2024FY')).toBe('met');
  });

  it('reads a plain number as a ceiling where lower is better, as a pace to reach where higher is', () => {
    expect(statusOf('equal', 'growth', 2.8, lowerIsBetter)).toBe('on-track');
    expect(statusOf('equal', 'growth', 3.2, lowerIsBetter)).toBe('behind');
    expect(statusOf('equal', 'growth', 3.2, higherIsBetter)).toBe('on-track');
    expect(statusOf('equal', 'growth', 2.8, higherIsBetter)).toBe('behind');
    expect(statusOf('equal', 'growth', 3 + THRESHOLDS.growthAheadMargin, higherIsBetter)).toBe('ahead');
  });

  it('reads 左右 on a lower-is-better figure as a ceiling with its tolerance', () => {
    const edge = 3 + THRESHOLDS.aboutGrowthTolerance;
    expect(statusOf('about', 'growth', edge, lowerIsBetter)).toBe('on-track');
    expect(statusOf('about', 'growth', edge + 0.1, lowerIsBetter)).toBe('behind');
    expect(statusOf('about', 'growth', edge + 0.1, lowerIsBetter, '2024FY')).toBe('missed');
  });

  it('reads 左右 on a higher-is-better figure as a floor with its tolerance, and ahead beyond it', () => {
    const low = 3 - THRESHOLDS.aboutGrowthTolerance;
    expect(statusOf('about', 'growth', low, higherIsBetter)).toBe('on-track');
    expect(statusOf('about', 'growth', low - 0.1, higherIsBetter)).toBe('behind');
    expect(statusOf('about', 'growth', 3 + THRESHOLDS.aboutGrowthTolerance + 0.1, higherIsBetter)).toBe('ahead');
  });

  it('takes the direction of the target where no indicator is linked', () => {
    expect(statusOf('equal', 'growth', 3.2, null)).toBe('on-track');
    expect(statusOf('about', 'level', 3.2, null)).toBe('ahead');
  });
});
