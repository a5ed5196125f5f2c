/**
 * What makes a set of figures consistent: the rules a figure must keep to before it may be
 * published, whoever publishes it. The spreadsheet import refuses a file that breaks one, and the
 * conformance check of an API reports a response that does. One home, so that the two never judge
 * the same figure differently. Each problem says what is wrong and what was expected, in Chinese and
 * English, because the person who reads it fixes a spreadsheet, not code.
 */
import type { LocalizedText } from '../api/contract/common';
import { periodId } from '../api/contract/common';
import { figureKey, measure as measureSchema, valueProblem, type Measure } from '../api/contract/observations';
import { parsePeriod } from '../lib/periods';
import { unitFactor } from './units';

export type ConsistencyRule =
  | 'unknown-indicator'
  | 'unknown-region'
  | 'malformed-period'
  | 'unknown-measure'
  | 'unit-mismatch'
  | 'value-out-of-range'
  | 'growth-without-basis'
  | 'missing-source'
  | 'conflicting-values'
  | 'cumulative-decrease';

/** A figure as far as the rules look at it: a row of a spreadsheet or a record of a response. */
export interface CheckedFigure {
  indicator: string;
  region: string;
  period: string;
  measure: string;
  value: number;
  unit: string;
  growthBasis?: string | null;
  rank?: { scope: string; basis: string | null } | null;
  /** Anything that names the figure's source; null, undefined or '' where there is none. */
  source?: unknown;
}

export interface Catalogue {
  indicators: readonly { id: string; unit: string }[];
  regions: readonly { id: string }[];
}

export type CheckedField = 'indicator' | 'region' | 'period' | 'measure' | 'unit' | 'value' | 'growthBasis' | 'source';

export interface ConsistencyProblem {
  rule: ConsistencyRule;
  /** Positions in the checked list: the figure at fault first, then any figure it was compared with. */
  figures: number[];
  field: CheckedField;
  problem: LocalizedText;
  expected: LocalizedText;
}

/**
 * Indicators whose level is a running total from 1 January (累计): 1–6月 includes 1–3月, so a later
 * cumulative period of the same year can never be lower. Stocks (存款余额), averages (亩均), scales
 * (基金规模), counts at a date and rates are not listed: they may fall within a year. docs/domain.md,
 * Cumulative periods.
 */
export const ACCUMULATING_INDICATORS: ReadonlySet<string> = new Set([
  'gdp',
  'primary_industry_value_added',
  'secondary_industry_value_added',
  'services_value_added',
  'industry_value_added',
  'industrial_value_added',
  'industrial_output',
  'construction_output',
  'agriculture_value_added',
  'agricultural_output',
  'strategic_emerging_industries_va',
  'equipment_manufacturing_va',
  'high_tech_manufacturing_va',
  'digital_economy_core_manufacturing_va',
  'software_it_services_revenue',
  'fixed_asset_investment',
  'manufacturing_investment',
  'retail_sales',
  'retail_sales_above_quota',
  'above_quota_wholesale_sales',
  'above_quota_retail_trade_sales',
  'above_quota_accommodation_revenue',
  'tourism_revenue',
  'china_textile_city_turnover',
  'exports',
  'imports',
  'imports_exports',
  'textile_exports',
  'high_tech_exports',
  'market_procurement_exports',
  'fdi_actual',
  'general_public_budget_revenue',
  'total_fiscal_revenue',
  'tax_revenue',
  'general_public_budget_expenditure',
  'disposable_income',
  'urban_disposable_income',
  'rural_disposable_income',
  'consumption_expenditure',
  'urban_consumption_expenditure',
  'rural_consumption_expenditure',
]);

/** The unit a figure of this measure is given in: the indicator's (or a scale of it) for a level. */
function expectedUnit(measure: Measure, indicatorUnit: string): string {
  switch (measure) {
    case 'level':
      return indicatorUnit;
    case 'growth':
      return '%';
    case 'change':
      return '个百分点';
    case 'rank':
      return '位';
  }
}

const text = (zh: string, en: string): LocalizedText => ({ zh, en });

function hasSource(source: unknown): boolean {
  return source !== null && source !== undefined && source !== '';
}

/**
 * The wording of the checks that also apply to what is not a figure (a target's owner, the indicator a
 * target is linked to, a progress report's period and source), so that every message says them alike.
 */
type Wording = [problem: LocalizedText, expected: LocalizedText];

export const unknownIndicator = (id: string): Wording => [
  text(`未知指标“${id}”`, `unknown indicator “${id}”`),
  text('指标目录中的指标编号，如 gdp', 'an indicator id of the catalogue, such as gdp'),
];

export const unknownRegion = (id: string): Wording => [
  text(`未知地区“${id}”`, `unknown region “${id}”`),
  text('地区代码（GB/T 2260，如 330600），或 binhai', 'a region code (GB/T 2260, such as 330600), or binhai'),
];

export const malformedPeriod = (period: string): Wording => [
  text(`期别“${period}”格式不对`, `malformed period “${period}”`),
  text(
    '年份加累计期：2024Q1（1—3月）、2024H1、2024Q3、2024FY（全年）或 2024M05（1—5月）',
    'a year and cumulative period: 2024Q1 (Jan–Mar), 2024H1, 2024Q3, 2024FY (year) or 2024M05 (Jan–May)',
  ),
];

export const GROWTH_WITHOUT_BASIS: Wording = [
  text('增速未注明口径', 'growth rate without its basis'),
  text('real（按可比价格）或 nominal（按现价）', 'real (comparable prices) or nominal (current prices)'),
];

export const MISSING_SOURCE: Wording = [
  text('数字没有来源', 'figure without a source'),
  text('来源标题、发布机关、日期和原文语句', 'the source’s title, issuing body, date and exact phrase'),
];

/** Problems of one figure on its own, in the order a reader checks a row: what, where, when, how much, from where. */
function ownProblems(figure: CheckedFigure, index: number, catalogue: Catalogue): ConsistencyProblem[] {
  const problems: ConsistencyProblem[] = [];
  const add = (rule: ConsistencyRule, field: CheckedField, problem: LocalizedText, expected: LocalizedText) =>
    problems.push({ rule, figures: [index], field, problem, expected });

  const indicator = catalogue.indicators.find((i) => i.id === figure.indicator);
  if (!indicator) {
    add('unknown-indicator', 'indicator', ...unknownIndicator(figure.indicator));
  }
  if (!catalogue.regions.some((r) => r.id === figure.region)) {
    add('unknown-region', 'region', ...unknownRegion(figure.region));
  }
  if (!periodId.safeParse(figure.period).success) {
    add('malformed-period', 'period', ...malformedPeriod(figure.period));
  }
  const measure = measureSchema.safeParse(figure.measure);
  if (!measure.success) {
    add(
      'unknown-measure',
      'measure',
      text(`未知口径“${figure.measure}”`, `unknown measure “${figure.measure}”`),
      text('level（总量）、growth（增速）、rank（位次）或 change（变动）', 'level, growth, rank or change'),
    );
  }
  if (measure.success && indicator) {
    const unit = expectedUnit(measure.data, indicator.unit);
    const converts = measure.data === 'level' ? unitFactor(figure.unit, unit) !== null : figure.unit === unit;
    if (!converts) {
      add(
        'unit-mismatch',
        'unit',
        text(`单位“${figure.unit}”与指标不符`, `unit “${figure.unit}” does not match the indicator`),
        measure.data === 'level'
          ? text(`${unit}（或其万、亿倍数）`, `${unit} (or a 万/亿 multiple of it)`)
          : text(unit, unit),
      );
    }
  }
  if (measure.success) {
    const range = valueProblem({ indicator: figure.indicator, measure: measure.data, value: figure.value });
    if (range) {
      add(
        'value-out-of-range',
        'value',
        text(`数值 ${figure.value} 超出范围`, `value ${figure.value} is out of range`),
        text(RANGE_ZH[measure.data], range),
      );
    }
  }
  if (figure.measure === 'growth' && !figure.growthBasis) {
    add('growth-without-basis', 'growthBasis', ...GROWTH_WITHOUT_BASIS);
  }
  if (!hasSource(figure.source)) {
    add('missing-source', 'source', ...MISSING_SOURCE);
  }
  return problems;
}

const RANGE_ZH: Record<Measure, string> = {
  level: '不小于 0 的有限数（可为负的指标除外）',
  growth: '−1000 到 1000 之间的百分比',
  change: '−1000 到 1000 之间的百分点',
  rank: '从 1 起的整数',
};

/** Two different values for one figure: neither can be shown, since nobody can vouch for either. */
function conflicts(list: readonly CheckedFigure[]): ConsistencyProblem[] {
  const firstOf = new Map<string, { index: number; value: number }>();
  const problems: ConsistencyProblem[] = [];
  for (const [index, figure] of list.entries()) {
    if (!measureSchema.safeParse(figure.measure).success) continue;
    const key = figureKey({ ...figure, measure: figure.measure as Measure });
    const first = firstOf.get(key);
    if (first === undefined) firstOf.set(key, { index, value: figure.value });
    else if (first.value !== figure.value) {
      problems.push({
        rule: 'conflicting-values',
        figures: [index, first.index],
        field: 'value',
        problem: text(
          `同一数字出现两个不同的值：${first.value} 和 ${figure.value}`,
          `the same figure twice with different values: ${first.value} and ${figure.value}`,
        ),
        expected: text('每个数字只给一个值', 'one value for each figure'),
      });
    }
  }
  return problems;
}

/**
 * A running total that falls within a year: 1–6月 below 1–3月 is a typo or a figure of another
 * scope. Levels are compared in the indicator's unit (a source may give 万亿元 where the catalogue
 * says 亿元); each figure is compared with the nearest earlier period of its year.
 */
function cumulativeDecreases(list: readonly CheckedFigure[], catalogue: Catalogue): ConsistencyProblem[] {
  const series = new Map<string, { index: number; figure: CheckedFigure; months: number; value: number }[]>();
  for (const [index, figure] of list.entries()) {
    if (figure.measure !== 'level' || !ACCUMULATING_INDICATORS.has(figure.indicator)) continue;
    const indicator = catalogue.indicators.find((i) => i.id === figure.indicator);
    const period = parsePeriod(figure.period);
    const factor = indicator ? unitFactor(figure.unit, indicator.unit) : null;
    if (!period || factor === null) continue;
    const key = `${figure.indicator} ${figure.region} ${period.year}`;
    const entries = series.get(key) ?? [];
    entries.push({ index, figure, months: period.months, value: figure.value * factor });
    series.set(key, entries);
  }
  const problems: ConsistencyProblem[] = [];
  for (const entries of series.values()) {
    entries.sort((a, b) => a.months - b.months);
    for (const [position, later] of entries.entries()) {
      const earlier = entries.slice(0, position).findLast((e) => e.months < later.months);
      // Relative tolerance: the same total given in 亿元 and 万亿元 differs by its rounding.
      if (earlier && later.value < earlier.value * (1 - 1e-9)) {
        const [a, b] = [later.figure, earlier.figure];
        problems.push({
          rule: 'cumulative-decrease',
          figures: [later.index, earlier.index],
          field: 'value',
          problem: text(
            `累计数 ${a.value}${a.unit}（${a.period}）小于同年前一累计期的 ${b.value}${b.unit}（${b.period}）`,
            `cumulative level ${a.value} ${a.unit} (${a.period}) is below ${b.value} ${b.unit} of the earlier cumulative period of the same year (${b.period})`,
          ),
          expected: text(
            '累计数不小于同年前一累计期',
            'a cumulative level no lower than that of the earlier period of the same year',
          ),
        });
      }
    }
  }
  return problems;
}

/**
 * Every problem of a list of figures: each figure on its own, then the figures against each other
 * (two values for one figure, a running total that falls). An empty list means the figures may be
 * published together.
 */
export function consistencyProblems(list: readonly CheckedFigure[], catalogue: Catalogue): ConsistencyProblem[] {
  return [
    ...list.flatMap((figure, index) => ownProblems(figure, index, catalogue)),
    ...conflicts(list),
    ...cumulativeDecreases(list, catalogue),
  ];
}
