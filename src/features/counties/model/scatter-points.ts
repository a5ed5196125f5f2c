import type { Observation } from '../../../api/contract/observations';
import type { MeasureChoice } from './measure-choice';
import { figureFor } from './ranking';

export interface LevelGrowthPair {
  region: string;
  level: Observation | null;
  growth: Observation | null;
}

/**
 * The growth basis of the level-vs-growth view: the chosen one when a growth measure is chosen;
 * otherwise the basis with more district figures in the period (the official one on a tie), so a
 * real and a nominal rate never share the axis.
 */
export function scatterGrowthMeasure(
  observations: readonly Observation[],
  districts: readonly string[],
  indicator: { id: string; growthBasis: 'real' | 'nominal' | null } | undefined,
  measure: MeasureChoice,
  period: string,
): Exclude<MeasureChoice, 'level'> {
  if (measure !== 'level') return measure;
  const count = (choice: Exclude<MeasureChoice, 'level'>) =>
    districts.filter((r) => figureFor(observations, r, indicator?.id ?? '', choice, period)).length;
  const official = indicator?.growthBasis === 'nominal' ? 'growth-nominal' : 'growth-real';
  const other = official === 'growth-real' ? 'growth-nominal' : 'growth-real';
  return count(other) > count(official) ? other : official;
}

export function levelGrowthPairs(
  observations: readonly Observation[],
  districts: readonly string[],
  indicator: string,
  growthMeasure: Exclude<MeasureChoice, 'level'>,
  period: string,
): LevelGrowthPair[] {
  return districts.map((region) => ({
    region,
    level: figureFor(observations, region, indicator, 'level', period),
    growth: figureFor(observations, region, indicator, growthMeasure, period),
  }));
}
