/**
 * Rules about an indicator that more than one view applies: which way is better, and when the
 * city's figure is a fair reference for a district's (docs/domain.md, Indicators).
 */
import type { Indicator } from '../api/contract/indicators';

/** A change read by the indicator's direction: up is better for GDP, worse for PM2.5; none for 0. */
export function changeTone(change: number, indicator: Pick<Indicator, 'higherIsBetter'>): 'better' | 'worse' | null {
  if (change === 0) return null;
  return change > 0 === indicator.higherIsBetter ? 'better' : 'worse';
}

/** Units of figures that are not totals (per head, shares, concentrations): the city figure is comparable to a district's. */
const INTENSIVE_UNITS = new Set(['元', '%', '微克/立方米', '个百分点', '岁', '天']);

/**
 * Is the city figure a fair reference line for the districts? For growth rates and per-head or
 * share figures it is; for a total (GDP in 亿元) the city is the whole, not a benchmark.
 */
export function cityIsComparable(indicator: { id: string; unit: string }, measure: 'level' | 'growth'): boolean {
  if (measure === 'growth') return true;
  return INTENSIVE_UNITS.has(indicator.unit) || /(^|_)(per|share|rate|ratio)(_|$)/.test(indicator.id);
}
