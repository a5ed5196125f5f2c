/**
 * What the page compares: an indicator of the catalogue and one measure of it. The measure is a
 * URL parameter of its own, `measure=level|growth-real|growth-nominal`: growth always names its
 * basis, so a real rate (at comparable prices) and a nominal one never share an axis, a column or a
 * ranking. Both parameters are left out of the URL when they equal their defaults.
 */
import type { Indicator } from '../../../api/contract/indicators';
import type { Observation } from '../../../api/contract/observations';
import { matchesFigure, type FigureKey } from '../../../domain/observations';

export const MEASURE_CHOICES = ['level', 'growth-real', 'growth-nominal'] as const;
export type MeasureChoice = (typeof MEASURE_CHOICES)[number];

export const DEFAULT_INDICATOR = 'gdp';

export function isMeasureChoice(value: string | null): value is MeasureChoice {
  return value !== null && (MEASURE_CHOICES as readonly string[]).includes(value);
}

/** The chosen measure as a figure key: the level, or growth on the chosen basis. */
export function measureKey(choice: MeasureChoice): FigureKey {
  if (choice === 'level') return { measure: 'level' };
  return { measure: 'growth', growthBasis: choice === 'growth-real' ? 'real' : 'nominal' };
}

/** Does the observation carry the chosen measure (and, for growth, the chosen basis)? */
export function matchesMeasure(observation: Observation, choice: MeasureChoice): boolean {
  return matchesFigure(observation, measureKey(choice));
}

/** The measures for which the given observations hold at least one figure, in a fixed order. */
export function availableMeasures(observations: readonly Observation[]): MeasureChoice[] {
  return MEASURE_CHOICES.filter((choice) => observations.some((o) => matchesMeasure(o, choice)));
}

/**
 * The measure shown when the URL names none (or one without figures): the level if there is one,
 * else growth on the indicator's official basis, else whatever has figures.
 */
export function defaultMeasure(indicator: Indicator | undefined, available: readonly MeasureChoice[]): MeasureChoice {
  if (available.includes('level')) return 'level';
  const official: MeasureChoice = indicator?.growthBasis === 'nominal' ? 'growth-nominal' : 'growth-real';
  if (available.includes(official)) return official;
  return available[0] ?? 'level';
}
