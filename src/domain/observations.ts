/**
 * docs/domain.md (Figures). Finding a figure in a list of observations, the one way every page does it. A field left out of
 * the key matches any value; a figure that is not there is missing (null), never zero.
 */
import type { Observation } from '../api/contract/observations';

export interface FigureKey {
  region?: string;
  period?: string;
  indicator?: string;
  measure?: Observation['measure'];
  /** For growth: real (at comparable prices) or nominal; the two are never read as one another. */
  growthBasis?: Observation['growthBasis'];
}

const KEY_FIELDS = ['region', 'period', 'indicator', 'measure', 'growthBasis'] as const;

export function matchesFigure(observation: Observation, key: FigureKey): boolean {
  return KEY_FIELDS.every((field) => key[field] === undefined || observation[field] === key[field]);
}

/** The first figure the key names, or null. */
export function findFigure(observations: readonly Observation[], key: FigureKey): Observation | null {
  return observations.find((observation) => matchesFigure(observation, key)) ?? null;
}
