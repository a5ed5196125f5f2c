/**
 * The thresholds by which the targets are judged (docs/domain.md, Targets and 序时进度), in one place for every page that judges
 * them (the target tracker, the economy cards) and for the legend that shows them.
 */
export const THRESHOLDS = {
  /**
   * Counts and amounts: completion from 序时进度 up to 序时进度 + this many points is 符合序时;
   * at or above that, 快于序时. Anything below 序时进度 is 慢于序时 (no "nearly" band: a figure
   * under the time-elapsed share is behind, and the meeting should see it).
   */
  onTrackBand: 5,
  /** Growth targets: at least this many percentage points above the target is 快于序时. */
  growthAheadMargin: 0.5,
  /** 左右 on a growth rate: within this many percentage points either side is 符合. */
  aboutGrowthTolerance: 0.5,
  /** 左右 on a level (R&D 3.2%左右): within this share of the target either side is 符合. */
  aboutLevelTolerance: 0.05,
  /** 基本同步: the two growth rates within this many percentage points of each other. */
  inStepTolerance: 1,
} as const;

/** The thresholds as the legend and the rules in words quote them: points, and 左右 on a level in %. */
export const THRESHOLD_TEXT_VALUES = {
  band: THRESHOLDS.onTrackBand,
  margin: THRESHOLDS.growthAheadMargin,
  about: THRESHOLDS.aboutGrowthTolerance,
  aboutLevel: THRESHOLDS.aboutLevelTolerance * 100,
  inStep: THRESHOLDS.inStepTolerance,
} as const;
