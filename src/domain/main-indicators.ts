/**
 * The headline indicators, in the order officials read them (the order of the work report's main
 * targets): the city-economy page's cards and the overview's table. Each has a KPI card; those with a trend panel say which measures
 * make sense as a trend: investment is published as growth only, so it has no level bars.
 */
export interface MainIndicator {
  id: string;
  /** Levels are cumulative amounts worth drawing as bars beside the growth line. */
  trendLevels: boolean;
}

export const MAIN_INDICATORS: readonly MainIndicator[] = [
  { id: 'gdp', trendLevels: true },
  { id: 'industrial_value_added', trendLevels: true },
  { id: 'fixed_asset_investment', trendLevels: false },
  { id: 'retail_sales', trendLevels: true },
  { id: 'exports', trendLevels: true },
  { id: 'general_public_budget_revenue', trendLevels: true },
  { id: 'disposable_income', trendLevels: true },
  { id: 'urban_disposable_income', trendLevels: true },
  { id: 'rural_disposable_income', trendLevels: true },
];

/** 三次产业: the structure chart's three parts, primary first. */
export const SECTOR_INDICATORS = [
  'primary_industry_value_added',
  'secondary_industry_value_added',
  'services_value_added',
] as const;

/** Every indicator the page shows: one request asks for exactly these. */
export const ECONOMY_INDICATORS: readonly string[] = [...MAIN_INDICATORS.map((m) => m.id), ...SECTOR_INDICATORS];
