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
