/**
 * 预警: the signals an official acts on, each with its rule and the figures that set it off. Only
 * figures that can be judged (canJudge: published, first-hand or official) raise an alert; a place
 * among the six is computed only from figures that can make a rank (canRankWith), all six present.
 * The thresholds are named here and shown in the page's legend.
 */
import type { Indicator } from '../../../api/contract/indicators';
import type { Observation } from '../../../api/contract/observations';
import { pickKpiFigures } from '../../../domain/headline-figures';
import { competitionRanks } from '../../../domain/ranks';
import { SIX_DISTRICTS } from '../../../domain/regions';
import { canJudge, canRankWith } from '../../../domain/reliability';
import type { HeadlineRow } from './headline-rows';

export const ALERT_THRESHOLDS = {
  /** Growth this many points or more below the year's previous cumulative period. */
  slowdownPoints: 1,
  /** Growth below this (%, year on year) is a fall. */
  negativeGrowthBelow: 0,
  /** Growth this many points or more below the province's. Any gap below the province counts. */
  belowProvincePoints: 0,
} as const;

export const ALERT_RULES = ['target', 'slowdown', 'negative', 'below-province', 'last-among-six'] as const;
export type AlertRule = (typeof ALERT_RULES)[number];

export interface Alert {
  rule: AlertRule;
  indicator: Indicator;
  /** The region the alert is about (a district for last-among-six). */
  region: string;
  /** The figures that set it off, the first the one the alert is about. */
  figures: readonly Observation[];
  /** The number the rule compared (growth, points, place), for the words. */
  value: number;
}

const judgeable = (figure: Observation | null | undefined): figure is Observation =>
  figure !== null && figure !== undefined && canJudge(figure);

/** The alerts of one headline row. */
export function rowAlerts(row: HeadlineRow, region: string): Alert[] {
  const alerts: Alert[] = [];
  const base = { indicator: row.indicator, region };
  if (row.light.kind === 'judged' && row.light.lit === 'red') {
    const figure = row.light.judgement.figure?.observation;
    if (judgeable(figure)) alerts.push({ ...base, rule: 'target', figures: [figure], value: figure.value });
  }
  const growth = judgeable(row.growth) ? row.growth : null;
  if (!growth) return alerts;
  // A slowdown is read on the year's previous cumulative period (比一季度回落): the momentum within the
  // year, which a change on a year earlier would blur with last year's base.
  const slowed = row.changeOnPreviousPeriod;
  if (slowed && judgeable(slowed.from) && slowed.value <= -ALERT_THRESHOLDS.slowdownPoints) {
    alerts.push({ ...base, rule: 'slowdown', figures: [growth, slowed.from], value: slowed.value });
  }
  if (growth.value < ALERT_THRESHOLDS.negativeGrowthBelow) {
    alerts.push({ ...base, rule: 'negative', figures: [growth], value: growth.value });
  }
  if (
    row.provinceGap &&
    judgeable(row.provinceGap.province) &&
    row.provinceGap.points < -ALERT_THRESHOLDS.belowProvincePoints
  ) {
    alerts.push({
      ...base,
      rule: 'below-province',
      figures: [growth, row.provinceGap.province],
      value: row.provinceGap.points,
    });
  }
  return alerts;
}

/**
 * The district(s) last among the six on an indicator's growth in a period: only when all six have
 * a growth figure that can make a rank and is of the record (not illustrative), of one basis.
 */
export function lastAmongSix(indicator: Indicator, six: readonly Observation[], period: string): Alert[] {
  const figures = SIX_DISTRICTS.map(
    (id) =>
      pickKpiFigures(
        six.filter((o) => o.indicator === indicator.id),
        id,
        period,
      ).growth,
  );
  if (figures.some((f) => f === null || !canRankWith(f) || f.status !== 'published')) return [];
  const present = figures as Observation[];
  if (new Set(present.map((f) => f.growthBasis)).size > 1) return [];
  const ranks = competitionRanks(
    present.map((f) => f.value),
    indicator.higherIsBetter,
  );
  if (!ranks) return [];
  const last = Math.max(...ranks);
  return present.flatMap((figure, i) =>
    ranks[i] === last
      ? [{ rule: 'last-among-six' as const, indicator, region: figure.region, figures: [figure], value: last }]
      : [],
  );
}

/**
 * Every alert of the view: the rows' own, and the districts last among the six (for the city, any
 * district; for a district, only itself).
 */
export function alertsOf(input: {
  rows: readonly HeadlineRow[];
  region: string;
  period: string;
  six: readonly Observation[];
}): Alert[] {
  const own = input.rows.flatMap((row) => rowAlerts(row, input.region));
  const last = input.rows
    .flatMap((row) => lastAmongSix(row.indicator, input.six, input.period))
    .filter((alert) => !(SIX_DISTRICTS as readonly string[]).includes(input.region) || alert.region === input.region);
  return [...own, ...last];
}
