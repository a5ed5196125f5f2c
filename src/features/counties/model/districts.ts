/** The main indicators of the district table, with their measures. */
export const MAIN_TABLE_INDICATORS: readonly { indicator: string; measures: readonly ('level' | 'growth')[] }[] = [
  { indicator: 'gdp', measures: ['level', 'growth'] },
  { indicator: 'industrial_value_added', measures: ['growth'] },
  { indicator: 'fixed_asset_investment', measures: ['growth'] },
  { indicator: 'retail_sales', measures: ['level', 'growth'] },
  { indicator: 'exports', measures: ['level', 'growth'] },
  { indicator: 'general_public_budget_revenue', measures: ['level', 'growth'] },
  { indicator: 'disposable_income', measures: ['level', 'growth'] },
];

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
