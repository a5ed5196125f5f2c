/**
 * Illustrative fill: demonstration values for the cells of the main indicators that no source gives,
 * so that the mock's charts are complete. Every value is made by a fixed rule from the published
 * figures around it (no randomness between runs), served with `status: "illustrative"` and a source
 * that says how it was made. A cell that any source gives (same region, period, indicator and
 * measure, whatever the growth basis) is never filled, and published figures are never touched.
 *
 * The rules, in order of preference for an annual amount: the region's published full-year level;
 * a published part-year level scaled by the seasonal share; the other year's amount moved by growth;
 * for a district, the city's amount times the district's weight. Part-year levels are the annual
 * amount times the seasonal share of the period. Growth starts from the region's published rate in
 * the same year, else the city's, else the indicator's typical rate, and varies a little by period
 * and district.
 *
 * The fill never contradicts the record. For each growth indicator and period the six 区、县（市）'
 * rates are then arranged: a stated rank among the six (居全市第N, growth basis; 滨海新区's ranks count
 * it beside the six) holds, with the filled rates placed below or above the ranked figure as the rank
 * says; a stated comparison with the city (高于/低于全市) holds; and the city's rate sits among its
 * districts' rates, neither above nor below more than four of the six (an illustrative city rate is
 * moved to the middle of its districts where they cannot move).
 */
import type { Observation } from '../../src/api/contract/observations';
import { DASHBOARD_PERIODS, parsePeriod } from '../../src/lib/periods';

/** The city and its six 区、县（市）. 滨海新区 is not filled: its sources cover it only in part. */
export const FILL_REGIONS = ['330600', '330602', '330603', '330604', '330681', '330683', '330624'] as const;
/**
 * The fill covers 2023 and 2024 only: its growth assumptions and anchors are those two years'. The other
 * periods the dashboard offers (2022, 2025) show their published figures and nothing invented.
 */
export const FILL_YEARS = [2023, 2024] as const;
export const FILL_PERIODS = DASHBOARD_PERIODS.filter((p) =>
  (FILL_YEARS as readonly number[]).includes(parsePeriod(p)!.year),
);
const CITY = '330600';
const DISTRICTS = FILL_REGIONS.filter((r) => r !== CITY);
/** 滨海新区: not filled, but its stated ranks place it among the six (居全市第2). */
const BINHAI = 'binhai';

type SeasonalShares = Record<'Q1' | 'H1' | 'Q3', number>;

interface FillSpec {
  indicator: string;
  measures: readonly ('level' | 'growth')[];
  /** amount: a district is a share of the city; perCapita: a district is near the city's level. */
  kind: 'amount' | 'perCapita';
  unit: string;
  /** Share of the full-year amount reached by each cumulative period. */
  seasonal: SeasonalShares;
  /** Typical growth (%) where no published rate of the year exists. */
  typicalGrowth: Record<number, number>;
  growthBasis: 'real' | 'nominal';
  /** City full-year 2023 amount where nothing published anchors it. */
  fallbackCityAmount2023: number;
  decimals: number;
}

// Seasonal shares follow the published cumulative figures where there are some (GDP 2023H1 3622 of
// 7791 亿元; income 2024H1 of the 2023 full year) and the usual shape of each statistic otherwise.
const GDP_SEASONS: SeasonalShares = { Q1: 0.215, H1: 0.465, Q3: 0.72 };
const INCOME_SEASONS: SeasonalShares = { Q1: 0.3, H1: 0.555, Q3: 0.78 };

const amount = (
  indicator: string,
  seasonal: SeasonalShares,
  typicalGrowth: Record<number, number>,
  growthBasis: 'real' | 'nominal',
  fallbackCityAmount2023: number,
  measures: FillSpec['measures'] = ['level', 'growth'],
): FillSpec => ({
  indicator,
  measures,
  kind: 'amount',
  unit: '亿元',
  seasonal,
  typicalGrowth,
  growthBasis,
  fallbackCityAmount2023,
  decimals: 2,
});

const income = (indicator: string, typicalGrowth: number, fallbackCityAmount2023: number): FillSpec => ({
  indicator,
  measures: ['level', 'growth'],
  kind: 'perCapita',
  unit: '元',
  seasonal: INCOME_SEASONS,
  typicalGrowth: { 2023: typicalGrowth, 2024: typicalGrowth - 0.4 },
  growthBasis: 'nominal',
  fallbackCityAmount2023,
  decimals: 0,
});

export const FILL_SPECS: readonly FillSpec[] = [
  amount('gdp', GDP_SEASONS, { 2023: 7.6, 2024: 7.0 }, 'real', 7791),
  amount('primary_industry_value_added', { Q1: 0.17, H1: 0.4, Q3: 0.68 }, { 2023: 3.8, 2024: 3.5 }, 'real', 230),
  amount('secondary_industry_value_added', GDP_SEASONS, { 2023: 7.2, 2024: 7.5 }, 'real', 3700),
  amount('services_value_added', GDP_SEASONS, { 2023: 8.3, 2024: 7.2 }, 'real', 3860),
  amount('industrial_value_added', { Q1: 0.225, H1: 0.475, Q3: 0.73 }, { 2023: 10.2, 2024: 9.5 }, 'real', 2280),
  // Investment is published as growth only; its level is rarely stated and is not filled.
  amount('fixed_asset_investment', GDP_SEASONS, { 2023: 10, 2024: 8.2 }, 'nominal', 0, ['growth']),
  amount('retail_sales', { Q1: 0.235, H1: 0.48, Q3: 0.73 }, { 2023: 9.1, 2024: 6.8 }, 'nominal', 2760),
  amount('exports', { Q1: 0.22, H1: 0.47, Q3: 0.73 }, { 2023: 11.8, 2024: 9.0 }, 'nominal', 2980),
  amount('general_public_budget_revenue', { Q1: 0.35, H1: 0.6, Q3: 0.8 }, { 2023: 6.9, 2024: 3.5 }, 'nominal', 578.7),
  income('disposable_income', 6.2, 72000),
  income('urban_disposable_income', 5.2, 80392),
  income('rural_disposable_income', 6.6, 48825),
];

/** Deterministic number in [0, 1) from a text (FNV-1a), so the same cell always gets the same value. */
function unitHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  // Final mix (MurmurHash3's), so that keys differing only in their last character spread too.
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return (hash >>> 0) / 0x100000000;
}
/** Deterministic value in [-spread, spread]. */
const wobble = (key: string, spread: number) => (unitHash(key) * 2 - 1) * spread;

const round = (value: number, decimals: number) => Number(value.toFixed(decimals));

export const ILLUSTRATIVE_METHOD = {
  zh: '示意数据，非统计数据：按固定规则由已公布数据（年度总量、季度占比、全市增速）推算的演示值。',
  en: 'Illustrative, not a statistic: a demonstration value derived by a fixed rule from published figures (annual totals, seasonal shares, city growth).',
};

const cellKey = (region: string, period: string, indicator: string, measure: string) =>
  `${region}|${period}|${indicator}|${measure}`;

/** The illustrative observations for every empty cell of the fill grid. */
export function buildIllustrativeFill(published: readonly Observation[]): Observation[] {
  const given = new Set(published.map((o) => cellKey(o.region, o.period, o.indicator, o.measure)));
  const find = (region: string, period: string, indicator: string, measure: 'level' | 'growth') =>
    published.find(
      (o) => o.region === region && o.period === period && o.indicator === indicator && o.measure === measure,
    );

  // District weights: 2024 GDP shares of the six from the published district totals where all are
  // given, else equal; then a small per-indicator variation, normalized so that the six make the city.
  const districts = DISTRICTS;
  const gdpLevels = districts.map((r) => find(r, '2024FY', 'gdp', 'level')?.value);
  const gdpWeights = gdpLevels.every((v) => v !== undefined)
    ? gdpLevels.map((v) => v / gdpLevels.reduce((s, x) => s + x, 0))
    : districts.map(() => 1 / districts.length);
  const weight = (indicator: string, region: string) => {
    const raw = districts.map((r, i) => gdpWeights[i]! * (1 + wobble(`weight|${indicator}|${r}`, 0.15)));
    const total = raw.reduce((s, x) => s + x, 0);
    return raw[districts.indexOf(region as (typeof districts)[number])]! / total;
  };

  const out: Observation[] = [];
  for (const spec of FILL_SPECS) {
    const seasonalShare = (period: string) => {
      const part = parsePeriod(period)!.part;
      return part === 'FY' || part === 'M' ? 1 : spec.seasonal[part];
    };

    const growthCache = new Map<string, number>();
    /** A rate by the rules above, before the six are arranged against the record. */
    const initialGrowth = (region: string, period: string): number => {
      const key = `${region}|${period}`;
      const cached = growthCache.get(key);
      if (cached !== undefined) return cached;
      const stated = find(region, period, spec.indicator, 'growth');
      let value: number;
      if (stated) value = stated.value;
      else {
        const year = parsePeriod(period)!.year;
        const sameYear = FILL_PERIODS.filter((p) => parsePeriod(p)!.year === year)
          .map((p) => find(region, p, spec.indicator, 'growth'))
          .filter((o): o is Observation => o !== undefined && o.growthBasis === spec.growthBasis);
        const base =
          sameYear.length > 0
            ? sameYear.reduce((s, o) => s + o.value, 0) / sameYear.length
            : region === CITY
              ? (spec.typicalGrowth[year] ?? 6)
              : initialGrowth(CITY, period) + wobble(`offset|${spec.indicator}|${region}`, 1);
        value = round(base + wobble(`growth|${spec.indicator}|${region}|${period}`, 0.35), 1);
      }
      growthCache.set(key, value);
      return value;
    };
    const arrangedByPeriod = new Map<string, Map<string, number>>();
    const growth = (region: string, period: string): number => {
      let arranged = arrangedByPeriod.get(period);
      if (!arranged) {
        const cell = (r: string): RateCell => ({
          region: r,
          value: initialGrowth(r, period),
          free: !given.has(cellKey(r, period, spec.indicator, 'growth')),
        });
        arranged = arrangeRates(
          cell(CITY),
          DISTRICTS.map(cell),
          statedRanks(published, spec.indicator, period),
          statedComparisons(published, spec.indicator, period),
          find(BINHAI, period, spec.indicator, 'growth')?.value,
        );
        arrangedByPeriod.set(period, arranged);
      }
      return arranged.get(region)!;
    };
    // Amounts move with nominal growth; a real rate gets a typical price rise on top.
    const nominalGrowth = (region: string, year: number) =>
      growth(region, `${year}FY`) + (spec.growthBasis === 'real' ? 0.8 : 0);

    /** The region's amount for the year from its own published levels, or null. */
    const ownAnnual = (region: string, year: number): number | null => {
      for (const period of FILL_PERIODS.filter((p) => parsePeriod(p)!.year === year).reverse()) {
        const level = find(region, period, spec.indicator, 'level');
        if (level) return level.value / seasonalShare(period);
      }
      return null;
    };
    const annualCache = new Map<string, number>();
    const annual = (region: string, year: number): number => {
      const key = `${region}|${year}`;
      const cached = annualCache.get(key);
      if (cached !== undefined) return cached;
      const other = year === 2023 ? 2024 : 2023;
      const own = ownAnnual(region, year);
      const fromOtherYear = ownAnnual(region, other);
      let value: number;
      if (own !== null) value = own;
      else if (fromOtherYear !== null)
        value =
          year > other
            ? fromOtherYear * (1 + nominalGrowth(region, year) / 100)
            : fromOtherYear / (1 + nominalGrowth(region, other) / 100);
      else if (region !== CITY)
        value =
          spec.kind === 'amount'
            ? annual(CITY, year) * weight(spec.indicator, region)
            : annual(CITY, year) * (1 + wobble(`percapita|${spec.indicator}|${region}`, 0.1));
      else
        value =
          year === 2023
            ? spec.fallbackCityAmount2023
            : spec.fallbackCityAmount2023 * (1 + nominalGrowth(region, year) / 100);
      annualCache.set(key, value);
      return value;
    };

    for (const region of FILL_REGIONS) {
      for (const period of FILL_PERIODS) {
        const year = parsePeriod(period)!.year;
        for (const measure of spec.measures) {
          if (given.has(cellKey(region, period, spec.indicator, measure))) continue;
          const value =
            measure === 'growth'
              ? growth(region, period)
              : round(annual(region, year) * seasonalShare(period), spec.decimals);
          out.push({
            id: `ill-${spec.indicator}-${region}-${period}-${measure}`.replaceAll('_', '-'),
            indicator: spec.indicator,
            region,
            period,
            measure,
            value,
            unit: measure === 'growth' ? '%' : spec.unit,
            growthBasis: measure === 'growth' ? spec.growthBasis : null,
            rank: null,
            status: 'illustrative',
            source: { type: 'illustrative', method: ILLUSTRATIVE_METHOD },
            note: null,
            alternatives: [],
            release: null,
            revisions: [],
          });
        }
      }
    }
  }
  return out;
}

interface RateCell {
  region: string;
  value: number;
  /** Illustrative, so the arrangement may move it; a published rate never moves. */
  free: boolean;
}
/** 居全市第N by growth: the region's place among the six (and 滨海新区, where it is the one ranked). */
interface StatedRank {
  region: string;
  rank: number;
}
/** 高于全市 / 低于全市: the region's rate against the city's. */
interface StatedComparison {
  region: string;
  above: boolean;
}

/** The stated growth ranks among the city's districts for one indicator and period. */
export function statedRanks(published: readonly Observation[], indicator: string, period: string): StatedRank[] {
  return published
    .filter(
      (o) =>
        o.measure === 'rank' &&
        o.rank?.scope === 'city' &&
        o.rank.basis === 'growth' &&
        o.indicator === indicator &&
        o.period === period &&
        ([...DISTRICTS, BINHAI] as string[]).includes(o.region),
    )
    .map((o) => ({ region: o.region, rank: o.value }))
    .sort((a, b) => a.rank - b.rank || a.region.localeCompare(b.region));
}

/** “高于全市（平均）” / “低于全市（平均）” in a published growth figure's quote or note. */
export const CITY_COMPARISON = /(高于|快于|低于|慢于)全市/;

export function statedComparisons(
  published: readonly Observation[],
  indicator: string,
  period: string,
): StatedComparison[] {
  const out: StatedComparison[] = [];
  for (const o of published) {
    if (o.measure !== 'growth' || o.indicator !== indicator || o.period !== period) continue;
    if (!(DISTRICTS as readonly string[]).includes(o.region)) continue;
    const text = `${o.source.type === 'illustrative' ? '' : o.source.quote} ${o.note ?? ''}`;
    const match = CITY_COMPARISON.exec(text);
    if (match) out.push({ region: o.region, above: match[1] === '高于' || match[1] === '快于' });
  }
  return out;
}

const STEP = 0.2;

/**
 * Moves the illustrative rates of the city and its six districts so that the stated ranks and
 * comparisons hold and the city sits among its districts. Published rates are never moved.
 */
function arrangeRates(
  city: RateCell,
  districts: readonly RateCell[],
  ranks: readonly StatedRank[],
  comparisons: readonly StatedComparison[],
  binhaiValue?: number,
): Map<string, number> {
  const cells = new Map([city, ...districts].map((c) => [c.region, { ...c }]));
  const six = DISTRICTS.map((r) => cells.get(r)!);
  const c = cells.get(CITY)!;
  // Regions a stated figure pins: the centring below leaves them alone.
  const pinned = new Set<string>([...ranks.map((r) => r.region), ...comparisons.map((r) => r.region)]);

  const applyRank = ({ region, rank }: StatedRank, value: number | undefined) => {
    const ranked = cells.get(region);
    if (region !== BINHAI && !ranked) return;
    const others = six.filter((x) => x.region !== region);
    if (ranked?.free) {
      // An illustrative ranked rate goes just past the published rates that must stay on the other side.
      const fixed = others.filter((x) => !x.free).sort((a, b) => b.value - a.value);
      const mustBeatBelow = fixed.slice(rank - 1);
      const mustStayUnder = fixed.slice(0, rank - 1);
      const floor = Math.max(...mustBeatBelow.map((x) => x.value + STEP));
      const ceiling = Math.min(...mustStayUnder.map((x) => x.value - STEP));
      if (ranked.value < floor) ranked.value = round(floor, 1);
      if (ranked.value > ceiling) ranked.value = round(ceiling, 1);
    }
    const v = ranked ? ranked.value : value;
    if (v === undefined) return;
    const sorted = [...others].sort(
      (a, b) => Number(a.free) - Number(b.free) || b.value - a.value || a.region.localeCompare(b.region),
    );
    // Above the ranked figure: the published rates already above it, then the highest illustrative ones.
    const fixedAbove = sorted.filter((x) => !x.free && x.value > v);
    const freeByValue = sorted.filter((x) => x.free).sort((a, b) => b.value - a.value);
    const above = new Set([...fixedAbove, ...freeByValue.slice(0, Math.max(0, rank - 1 - fixedAbove.length))]);
    let up = 0;
    let down = 0;
    for (const x of freeByValue) {
      if (above.has(x) && x.value <= v) x.value = round(v + STEP * ++up, 1);
      else if (!above.has(x) && x.value >= v) x.value = round(v - STEP * ++down, 1);
    }
  };
  const applyComparison = ({ region, above }: StatedComparison) => {
    const d = cells.get(region)!;
    const holds = above ? d.value > c.value : d.value < c.value;
    if (holds) return;
    if (d.free) d.value = round(c.value + (above ? 1 : -1) * STEP, 1);
    else if (c.free) c.value = round(d.value - (above ? 1 : -1) * STEP, 1);
  };
  const applyAll = () => {
    for (const r of ranks) applyRank(r, r.region === BINHAI ? binhaiValue : undefined);
    for (const r of ranks) if (r.region !== BINHAI) applyRank(r, undefined);
    comparisons.forEach(applyComparison);
  };
  const centred = () =>
    six.filter((x) => x.value > c.value).length <= 4 && six.filter((x) => x.value < c.value).length <= 4;

  applyAll();
  for (let pass = 0; pass < 2 && !centred(); pass++) {
    // Mirror the nearest movable illustrative rates across the city's rate.
    const high = six.filter((x) => x.value > c.value).length > 4;
    const movable = six
      .filter((x) => x.free && !pinned.has(x.region) && (high ? x.value > c.value : x.value < c.value))
      .sort((a, b) => Math.abs(a.value - c.value) - Math.abs(b.value - c.value));
    const excess = six.filter((x) => (high ? x.value > c.value : x.value < c.value)).length - 4;
    for (const x of movable.slice(0, excess)) x.value = round(2 * c.value - x.value, 1);
    applyAll();
  }
  if (!centred() && c.free) {
    // The districts cannot move: the illustrative city rate goes to their middle.
    const values = six.map((x) => x.value).sort((a, b) => a - b);
    c.value = round((values[2]! + values[3]!) / 2, 1);
  }
  return new Map([...cells].map(([region, cell]) => [region, cell.value]));
}
