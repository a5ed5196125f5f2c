/**
 * The overview's headline table: for each headline indicator of a region and period, the figures a
 * briefing reads out (level, growth, the change of the growth on the same period a year earlier, the
 * place in the province and its change, the gap to the province) and the light against the 2024
 * target. Every figure is one the API returned; the verdict is judgeTarget's, the figures
 * pickKpiFigures'.
 */
import type { Source } from '../../../api/contract/common';
import type { Indicator } from '../../../api/contract/indicators';
import type { Observation } from '../../../api/contract/observations';
import type { Target, TargetProgress } from '../../../api/contract/targets';
import { canJudge, isSecondarySource, madeFromIllustrative } from '../../../domain/reliability';
import { findIndicatorTarget, judgeInputOf, judgeTarget, type Judgement } from '../../../domain/targets';
import { parsePeriod, previousCumulativePeriod } from '../../../lib/periods';
import { growthChange, pickKpiFigures, type GrowthChange } from '../../../domain/headline-figures';

/** The province as a region of the API. */
export const PROVINCE_REGION = '330000';

/** The only year the dashboard holds targets for (the 2024 work report). */
export const TARGET_YEAR = 2024;

const roundPoints = (value: number) => Math.round(value * 10) / 10;

export interface RankChange {
  /** The place in the same period of the year before. */
  previous: Observation;
  /** Places gained (positive: moved up, e.g. from 3rd to 2nd is +1). */
  places: number;
  illustrative: boolean;
  secondary: boolean;
}

/**
 * A change of the growth rate in percentage points, and the earlier rate it is measured from (both
 * of one basis: growthChange compares nothing else).
 */
export interface RateChange extends GrowthChange {
  from: Observation;
}

export interface ProvinceGap {
  province: Observation;
  /** The region's growth minus the province's, in percentage points. */
  points: number;
  illustrative: boolean;
  secondary: boolean;
}

/**
 * The light of a row: judged against a target; no target in the work report for this indicator;
 * a period outside 2024 (the only year with targets); or a target judgeTarget gives no verdict on.
 */
export type TargetLight =
  | { kind: 'judged'; target: Target; judgement: Judgement; lit: 'green' | 'red' }
  | { kind: 'not-judged'; target: Target; judgement: Judgement }
  | { kind: 'no-target' }
  | { kind: 'other-year' };

export interface HeadlineRow {
  indicator: Indicator;
  level: Observation | null;
  growth: Observation | null;
  secondaryGrowth: Observation | null;
  rank: Observation | null;
  rankChange: RankChange | null;
  /**
   * 比上年同期: the growth against the same cumulative period's growth a year earlier, the change of a
   * rate a statistical bulletin gives (增速比上年同期加快 0.5 个百分点). See docs/domain.md, Periods.
   */
  change: RateChange | null;
  /**
   * 比一季度: the growth against the year's previous cumulative period, the momentum an analysis
   * reads (增速比一季度回落); the slowdown alert's measure. Q1 has none.
   */
  changeOnPreviousPeriod: RateChange | null;
  provinceGap: ProvinceGap | null;
  light: TargetLight;
}

export interface HeadlineInput {
  indicators: readonly Indicator[];
  region: string;
  period: string;
  /** The region's figures over the dashboard periods. */
  own: readonly Observation[];
  /** The province's figures of the period; empty when not loaded. */
  province: readonly Observation[];
  targets: readonly Target[];
  progress: readonly TargetProgress[];
}

/** The same cumulative period one year earlier: 2024H1 → 2023H1. */
export function samePeriodLastYear(period: string): string | null {
  const parsed = parsePeriod(period);
  if (!parsed) return null;
  return `${parsed.year - 1}${period.slice(4)}`;
}

/** The change of the growth against an earlier period's, with the earlier rate; none across bases. */
export function rateChange(
  own: readonly Observation[],
  region: string,
  period: string,
  earlier: string | null,
): RateChange | null {
  const change = growthChange(own, region, period, earlier);
  const from = change ? pickKpiFigures(own, region, change.previousPeriod).growth : null;
  return change && from ? { ...change, from } : null;
}

/**
 * How a change of a rate is said: 加快 / 回落 / 持平, and, when both rates are falls, 降幅收窄 / 降幅扩大
 * (a fall of 2.1% after one of 3.5% is a smaller fall, not a faster growth).
 */
export type RateChangeWord = 'faster' | 'slower' | 'same' | 'smaller-fall' | 'larger-fall';

export function rateChangeWord(change: RateChange, now: Observation): RateChangeWord {
  if (change.value === 0) return 'same';
  if (now.value < 0 && change.from.value < 0) return change.value > 0 ? 'smaller-fall' : 'larger-fall';
  return change.value > 0 ? 'faster' : 'slower';
}

/**
 * The change of rate the headline table shows, and against what: the year's previous cumulative period
 * where there is one (比一季度回落0.8个百分点, the momentum a 运行分析 table reads), and for a first
 * quarter, which has none, the same period a year earlier. The 运行简析 text always says 比上年同期.
 * docs/domain.md, Periods.
 */
export function shownChange(
  row: HeadlineRow,
  period: string,
): { base: 'previous-period' | 'year-earlier'; change: RateChange | null } {
  return previousCumulativePeriod(period) === null
    ? { base: 'year-earlier', change: row.change }
    : { base: 'previous-period', change: row.changeOnPreviousPeriod };
}

/** 位次比上年提升/下降N位: only between two ranks of the same ranking (scope and basis). */
export function rankChange(own: readonly Observation[], region: string, period: string): RankChange | null {
  const now = pickKpiFigures(own, region, period).rank;
  const earlier = samePeriodLastYear(period);
  if (!now || earlier === null) return null;
  const before = pickKpiFigures(own, region, earlier).rank;
  if (!before || before.rank?.scope !== now.rank?.scope || before.rank?.basis !== now.rank?.basis) return null;
  return {
    previous: before,
    places: before.value - now.value,
    illustrative: madeFromIllustrative([now, before]),
    secondary: isSecondarySource(now.source) || isSecondarySource(before.source),
  };
}

/** 高于/低于全省平均: the region's growth against the province's of the same period and basis. */
export function provinceGap(growth: Observation | null, province: readonly Observation[]): ProvinceGap | null {
  if (!growth) return null;
  const theirs = pickKpiFigures(province, PROVINCE_REGION, growth.period).growth;
  if (!theirs || theirs.growthBasis !== growth.growthBasis) return null;
  return {
    province: theirs,
    points: roundPoints(growth.value - theirs.value),
    illustrative: madeFromIllustrative([growth, theirs]),
    secondary: isSecondarySource(growth.source) || isSecondarySource(theirs.source),
  };
}

const GREEN = new Set(['met', 'ahead', 'on-track']);
const RED = new Set(['missed', 'behind']);

/**
 * The row's light, by judgeTarget alone, on the same input the tracker gives it (judgeInputOf), so
 * the light is the /targets status of the same target and period: a growth target against the
 * cumulative growth, a level or cumulative amount against 序时进度. progressFigures never offers an
 * illustrative figure; judgeTarget never judges a secondary one.
 */
export function targetLight(
  indicator: Indicator,
  region: string,
  period: string,
  own: readonly Observation[],
  targets: readonly Target[],
  progress: readonly TargetProgress[],
): TargetLight {
  if (parsePeriod(period)?.year !== TARGET_YEAR) return { kind: 'other-year' };
  const target = findIndicatorTarget(targets, indicator.id, region);
  if (!target) return { kind: 'no-target' };
  const judgement = judgeTarget({ ...judgeInputOf(target, progress, own, indicator), period });
  const judged = judgement.figure?.observation;
  // Belt and braces: a light is lit only from a figure that can be judged.
  if (judged && canJudge(judged) && GREEN.has(judgement.status))
    return { kind: 'judged', target, judgement, lit: 'green' };
  if (judged && canJudge(judged) && RED.has(judgement.status)) return { kind: 'judged', target, judgement, lit: 'red' };
  return { kind: 'not-judged', target, judgement };
}

export function headlineRows(input: HeadlineInput): HeadlineRow[] {
  const { region, period, own } = input;
  return input.indicators.map((indicator) => {
    const mine = own.filter((o) => o.indicator === indicator.id);
    const figures = pickKpiFigures(mine, region, period);
    return {
      indicator,
      ...figures,
      rankChange: rankChange(mine, region, period),
      change: rateChange(mine, region, period, samePeriodLastYear(period)),
      changeOnPreviousPeriod: rateChange(mine, region, period, previousCumulativePeriod(period)),
      provinceGap: provinceGap(
        figures.growth,
        input.province.filter((o) => o.indicator === indicator.id),
      ),
      light: targetLight(indicator, region, period, own, input.targets, input.progress),
    };
  });
}

/**
 * Whether any row is read against a 2024 target. Outside 2024 none is: the target column would say
 * so on every row, so the page says it once instead and gives the column's room to the figures.
 */
export function targetsApply(rows: readonly HeadlineRow[]): boolean {
  return rows.some((row) => row.light.kind !== 'other-year');
}

/**
 * Which columns a table shows: all of them on a page; on slides the figures and the target lights go
 * to slides of their own, so that a row stays one or two lines high at reading size.
 */
export type HeadlineColumns = 'all' | 'figures' | 'targets';

/**
 * The sources of what a row shows in the given columns, for the source line a wall slide carries
 * (nobody hovers a wall screen): the figures and the rates its differences are made from; with the
 * targets, the work report and the figure the target is judged by.
 */
export function rowSources(row: HeadlineRow, columns: HeadlineColumns): Source[] {
  const figures =
    columns === 'targets'
      ? []
      : [
          row.level,
          row.growth,
          row.secondaryGrowth,
          row.change?.from,
          row.changeOnPreviousPeriod?.from,
          row.rank,
          row.rankChange?.previous,
          row.provinceGap?.province,
        ];
  const light =
    columns !== 'figures' && (row.light.kind === 'judged' || row.light.kind === 'not-judged') ? row.light : null;
  const judged = light ? [light.judgement.figure?.observation] : [];
  return [...[...figures, ...judged].flatMap((o) => (o ? [o.source] : [])), ...(light ? [light.target.source] : [])];
}
