/**
 * From the API's targets and figures to what the tracker shows: rows grouped by work area, the
 * status of each in the selected period and in every 2024 period, counts, filters, the wording of
 * a target value, and the geometry of its progress bar. Pure, tested without a DOM.
 */
import type { Indicator } from '../../../api/contract/indicators';
import type { Observation } from '../../../api/contract/observations';
import type { Target, TargetArea, TargetProgress } from '../../../api/contract/targets';
import { formatAmount } from '../../../lib/format';
import type { Language } from '../../../lib/language';
import { parsePeriod } from '../../../lib/periods';
import {
  judgeInputOf,
  judgeTarget,
  TARGET_STATUSES,
  type Judgement,
  type ProgressFigure,
  type TargetStatus,
} from '../../../domain/targets';

export const TARGET_YEAR = 2024;
export const YEAR_PERIODS = ['2024Q1', '2024H1', '2024Q3', '2024FY'] as const;

export interface TrackerRow {
  target: Target;
  area: TargetArea | null;
  judgement: Judgement;
  /** The judgement in each period of the year, Q1 first. */
  series: Judgement[];
  figures: ProgressFigure[];
  indicator: Indicator | null;
  /** The indicator a relational target is compared with. */
  related: Indicator | null;
}

export interface TrackerData {
  areas: readonly TargetArea[];
  targets: readonly Target[];
  progress: readonly TargetProgress[];
  indicators: readonly Indicator[];
  /** Published figures of the linked and related indicators of the targets' owners. */
  observations: readonly Observation[];
}

/** Whose targets a district choice shows. Only the city and 滨海新区 have targets in the sources. */
export interface TargetScope {
  owner: '330600' | 'binhai';
  /** The chosen district has no targets of its own: the city-wide ones are shown instead. */
  cityWide: boolean;
}

export function scopeOf(region: string): TargetScope {
  if (region === 'binhai') return { owner: 'binhai', cityWide: false };
  return { owner: '330600', cityWide: region !== '330600' };
}

export function buildRows(data: TrackerData, owner: string, period: string): TrackerRow[] {
  const areaById = new Map(data.areas.map((a) => [a.id, a]));
  const indicatorById = new Map(data.indicators.map((i) => [i.id, i]));
  const rows = data.targets
    .filter((t) => t.owner === owner && t.year === TARGET_YEAR)
    .map((target) => {
      const indicator = target.linked ? (indicatorById.get(target.linked.indicator) ?? null) : null;
      const input = judgeInputOf(target, data.progress, data.observations, indicator);
      const judgeIn = (p: string) => judgeTarget({ ...input, period: p });
      return {
        target,
        area: areaById.get(target.area) ?? null,
        judgement: judgeIn(period),
        series: YEAR_PERIODS.map(judgeIn),
        figures: input.progress,
        indicator,
        related: target.relatedTo ? (indicatorById.get(target.relatedTo.indicator) ?? null) : null,
      };
    });
  const order = (row: TrackerRow) => row.area?.order ?? Number.MAX_SAFE_INTEGER;
  // Stable: within an area, the report's order.
  return rows.sort((a, b) => order(a) - order(b));
}

export interface AreaGroup {
  area: TargetArea;
  rows: TrackerRow[];
}

export function groupByArea(rows: readonly TrackerRow[], areas: readonly TargetArea[]): AreaGroup[] {
  return [...areas]
    .sort((a, b) => a.order - b.order)
    .map((area) => ({ area, rows: rows.filter((r) => r.target.area === area.id) }))
    .filter((group) => group.rows.length > 0);
}

export type StatusCounts = Record<TargetStatus, number> & { total: number };

export function countByStatus(rows: readonly TrackerRow[]): StatusCounts {
  const counts = Object.fromEntries(TARGET_STATUSES.map((s) => [s, 0])) as Record<TargetStatus, number>;
  for (const row of rows) counts[row.judgement.status] += 1;
  return { ...counts, total: rows.length };
}

export interface RowFilter {
  status?: TargetStatus;
  area?: string;
  q?: string;
}

function normalize(text: string): string {
  return text.toLowerCase().replace(/\s+/g, '');
}

/** Search: every word must appear in the target's wording or its area's name, in either language. */
export function filterRows(rows: readonly TrackerRow[], filter: RowFilter): TrackerRow[] {
  const words = (filter.q ?? '').split(/\s+/).map(normalize).filter(Boolean);
  return rows.filter((row) => {
    if (filter.status && row.judgement.status !== filter.status) return false;
    if (filter.area && row.target.area !== filter.area) return false;
    if (words.length === 0) return true;
    // The report's quote is left out: one sentence holds several targets, and would match them all.
    const haystack = normalize(
      [row.target.text.zh, row.target.text.en, row.area?.name.zh ?? '', row.area?.name.en ?? ''].join(' '),
    );
    return words.every((word) => haystack.includes(word));
  });
}

/** English for the counter words of targets that the shared formatter does not know. */

/**
 * The target value in the report's terms: 6.5%以上, 3%左右, 5%以内, 28微克/立方米以下, 350家 /
 * at least 6.5%, about 3%, at most 5%, 350 firms. Relational and qualitative targets have no value:
 * null (the wording says it).
 */
export function formatTargetValue(target: Target, language: Language): string | null {
  if (target.value === null || target.unit === null) return null;
  const amount = formatAmount(target.value, target.unit, language);
  const ceilingWord = target.text.zh.includes('以下') ? '以下' : '以内';
  if (language === 'zh-CN') {
    if (target.operator === 'at-least') return `${amount}以上`;
    if (target.operator === 'about') return `${amount}左右`;
    if (target.operator === 'at-most') return `${amount}${ceilingWord}`;
    return amount;
  }
  if (target.operator === 'at-least') return `at least ${amount}`;
  if (target.operator === 'about') return `about ${amount}`;
  if (target.operator === 'at-most') return `at most ${amount}`;
  return amount;
}

export interface BarGeometry {
  /** completion: 0–100% of the target against 序时进度; value: a rate against the target; compare: two rates. */
  mode: 'completion' | 'value' | 'compare';
  /** Width of the fill, 0–100 (% of the track). */
  fill: number;
  /** Where the marker stands (序时进度, the target, the compared rate), 0–100. */
  marker: number;
  /** The fill runs past the end of the track. */
  overflow: boolean;
}

const clamp = (value: number) => Math.min(100, Math.max(0, value));

/** The bar of a row: completion with the 序时进度 marker, or a rate with the target marker. */
export function barGeometry(judgement: Judgement, target: Target): BarGeometry | null {
  if (judgement.completion !== null && judgement.elapsed !== null) {
    return {
      mode: 'completion',
      fill: clamp(judgement.completion),
      marker: clamp(judgement.elapsed),
      overflow: judgement.completion > 100,
    };
  }
  const observation = judgement.figure?.observation;
  if (!observation || judgement.status === 'no-data') return null;
  const value = judgement.convertedValue ?? observation.value;
  const reference = judgement.compared?.value ?? target.value;
  if (reference === null) return null;
  // A scale that holds both with room to spare; negative rates (CPI −0.3%) start at zero.
  const top = Math.max(value, reference, 0) * 1.25 || 1;
  return {
    mode: judgement.compared ? 'compare' : 'value',
    fill: clamp((value / top) * 100),
    marker: clamp((reference / top) * 100),
    overflow: false,
  };
}

/** The 2024 period of the same part of the year, for a link from a 2023 period. */
export function sameTimeInTargetYear(period: string): string | null {
  const parsed = parsePeriod(period);
  if (!parsed || parsed.part === 'M') return null;
  return `${TARGET_YEAR}${parsed.part}`;
}

/** Periods of the year in which at least one target could be judged, for the "no figures yet" hint. */
export function periodsWithFigures(rows: readonly TrackerRow[]): string[] {
  return YEAR_PERIODS.filter((_, index) =>
    rows.some((row) => {
      const status = row.series[index]?.status;
      return status !== undefined && status !== 'no-data';
    }),
  );
}

/** A short name for the compared indicator: GDP rather than 地区生产总值. */
export function shortIndicatorName(indicator: Indicator | null, language: Language): string {
  if (!indicator) return '';
  if (indicator.id === 'gdp') return 'GDP';
  return language === 'zh-CN' ? indicator.name.zh : indicator.name.en;
}
