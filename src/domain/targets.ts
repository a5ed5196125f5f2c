/**
 * How a target stands in a period, judged the way officials judge it (docs/domain.md, Targets):
 * growth targets against the cumulative growth, counts and amounts against 序时进度, ceilings while
 * at or under, relational targets against the other figure of the same period, qualitative ones in
 * words. The one judgement of the dashboard: the tracker, its export and the economy cards use it.
 * Pure; every threshold is in THRESHOLDS.
 */
import type { LocalizedText, Source } from '../api/contract/common';
import type { Indicator } from '../api/contract/indicators';
import type { Observation } from '../api/contract/observations';
import type { Target, TargetProgress } from '../api/contract/targets';
import { parsePeriod } from '../lib/periods';
import { canJudge, isSecondarySource as isSecondary } from './reliability';
import { THRESHOLDS } from './target-thresholds';
import { unitFactor } from './units';

export const TARGET_STATUSES = ['ahead', 'on-track', 'behind', 'met', 'missed', 'words', 'no-data'] as const;
export type TargetStatus = (typeof TARGET_STATUSES)[number];

/** 序时进度: months elapsed ÷ 12, in %. Q1 25, H1 50, Q1–Q3 75, full year 100. */
export function elapsedShare(period: string): number | null {
  const parsed = parsePeriod(period);
  return parsed ? (parsed.months / 12) * 100 : null;
}

export function isFullYear(period: string): boolean {
  return parsePeriod(period)?.months === 12;
}

/** Why a target has no status in a period: said on screen, never guessed over. */
export type NoDataReason =
  | 'no-progress'
  | 'other-year'
  | 'no-target-value'
  | 'unit-mismatch'
  | 'basis-mismatch'
  | 'no-comparison'
  | 'not-judgeable'
  | 'secondary-source';

/** Things the reader must know about a judged figure. */
export type Caveat = 'secondary-source' | 'unit-converted' | 'mixed-basis' | 'comparison-secondary' | 'estimate';

/** One figure that may report progress: a progress entry, or a published figure of the linked indicator. */
export interface ProgressFigure {
  id: string;
  period: string;
  observation: Observation | null;
  text: LocalizedText | null;
  completionShare: boolean;
  source: Source;
}

export interface Judgement {
  status: TargetStatus;
  period: string;
  /** The figure judged (or the one that could not be judged, for the reason). */
  figure: ProgressFigure | null;
  /** Relational targets: the figure compared with. */
  compared: Observation | null;
  /** Counts and amounts: actual ÷ target, in %. */
  completion: number | null;
  /** 序时进度 of the period, in %, for counts and amounts. */
  elapsed: number | null;
  /** The progress figure in the target's unit, where a unit conversion was needed. */
  convertedValue: number | null;
  reason: NoDataReason | null;
  caveats: Caveat[];
  /** Latest progress in words, for qualitative targets (and any entry that has words). */
  words: LocalizedText | null;
}

export interface JudgeInput {
  target: Target;
  period: string;
  /** Progress figures of this target (any period; the judge picks the period's). */
  progress: readonly ProgressFigure[];
  /** The linked indicator, for its growth basis and direction. */
  indicator: Pick<Indicator, 'higherIsBetter' | 'growthBasis'> | null;
  /** Published figures of the related indicator (relational targets), any period. */
  comparison: readonly Observation[];
}

function emptyJudgement(period: string, status: TargetStatus, reason: NoDataReason | null): Judgement {
  return {
    status,
    period,
    figure: null,
    compared: null,
    completion: null,
    elapsed: null,
    convertedValue: null,
    reason,
    caveats: [],
    words: null,
  };
}

/**
 * A direction for judging: does more count as better for this target? An operator that says which
 * way wins: 以上 (at-least, above) is a floor and 以内/以下 (at-most) a ceiling, whatever the
 * indicator. Only where the operator does not say (左右, a plain number) does the indicator decide:
 * on a figure where lower is better (CPI 3%左右) that is a ceiling.
 */
function wantsMore(target: Target, indicator: JudgeInput['indicator']): boolean {
  if (target.operator === 'at-most') return false;
  if (target.operator === 'at-least' || target.operator === 'above') return true;
  return indicator?.higherIsBetter ?? true;
}

type Verdict = Pick<Judgement, 'status'> & Partial<Omit<Judgement, 'status'>>;

function judgeGrowth(target: Target, value: number, fullYear: boolean, indicator: JudgeInput['indicator']): Verdict {
  const goal = target.value;
  if (goal === null) return { status: 'no-data', reason: 'no-target-value' };
  const { growthAheadMargin, aboutGrowthTolerance } = THRESHOLDS;
  if (!wantsMore(target, indicator)) {
    // Ceiling: met while at or under (with the 左右 tolerance for "about").
    const limit = target.operator === 'about' ? goal + aboutGrowthTolerance : goal;
    const within = value <= limit;
    if (fullYear) return { status: within ? 'met' : 'missed' };
    return { status: within ? 'on-track' : 'behind' };
  }
  if (target.operator === 'about') {
    if (fullYear) return { status: value >= goal - aboutGrowthTolerance ? 'met' : 'missed' };
    if (value > goal + aboutGrowthTolerance) return { status: 'ahead' };
    return { status: value >= goal - aboutGrowthTolerance ? 'on-track' : 'behind' };
  }
  // at-least, and a plain number (equal), which the report sets as a floor to reach.
  if (fullYear) return { status: value >= goal ? 'met' : 'missed' };
  if (value >= goal + growthAheadMargin) return { status: 'ahead' };
  return { status: value >= goal ? 'on-track' : 'behind' };
}

function judgeLevel(target: Target, value: number, fullYear: boolean, indicator: JudgeInput['indicator']): Verdict {
  const goal = target.value;
  if (goal === null) return { status: 'no-data', reason: 'no-target-value' };
  if (target.operator === 'about') {
    const tolerance = Math.abs(goal) * THRESHOLDS.aboutLevelTolerance;
    const more = wantsMore(target, indicator);
    const within = more ? value >= goal - tolerance : value <= goal + tolerance;
    if (fullYear) return { status: within ? 'met' : 'missed' };
    if (more && value > goal + tolerance) return { status: 'ahead' };
    return { status: within ? 'on-track' : 'behind' };
  }
  // A level is a state at a point in time: reached so far is on track, not yet 已完成.
  const reached = wantsMore(target, indicator) ? value >= goal : value <= goal;
  if (fullYear) return { status: reached ? 'met' : 'missed' };
  return { status: reached ? 'on-track' : 'behind' };
}

function judgeCumulative(
  target: Target,
  figure: ProgressFigure & { observation: Observation },
  period: string,
): Verdict {
  const elapsed = elapsedShare(period) ?? 100;
  const fullYear = isFullYear(period);
  const ceiling = target.operator === 'at-most';
  let completion: number;
  let convertedValue: number | null = null;
  const caveats: Caveat[] = [];

  if (figure.completionShare) {
    // The source states the share completed; dividing it by the target would be wrong.
    completion = figure.observation.value;
  } else {
    const goal = target.value;
    if (goal === null || target.unit === null) return { status: 'no-data', reason: 'no-target-value', elapsed };
    const factor = unitFactor(figure.observation.unit, target.unit);
    if (factor === null) return { status: 'no-data', reason: 'unit-mismatch', elapsed };
    const actual = figure.observation.value * factor;
    if (factor !== 1) {
      convertedValue = actual;
      caveats.push('unit-converted');
    }
    if (goal === 0) {
      // Nothing to divide by. A floor of zero is reached by any count; a ceiling of zero holds while nothing is added.
      const base = { elapsed, convertedValue, caveats };
      if (!ceiling) return { ...base, status: actual >= 0 ? 'met' : fullYear ? 'missed' : 'behind' };
      if (fullYear) return { ...base, status: actual <= 0 ? 'met' : 'missed' };
      return { ...base, status: actual <= 0 ? 'on-track' : 'behind' };
    }
    completion = (actual / goal) * 100;
  }

  const base = { completion, elapsed, convertedValue, caveats };
  if (ceiling) {
    if (fullYear) return { ...base, status: completion <= 100 ? 'met' : 'missed' };
    return { ...base, status: completion <= elapsed ? 'on-track' : 'behind' };
  }
  // A count or amount already at the year's target is done, whatever the month.
  if (completion >= 100) return { ...base, status: 'met' };
  if (fullYear) return { ...base, status: 'missed' };
  if (completion >= elapsed + THRESHOLDS.onTrackBand) return { ...base, status: 'ahead' };
  return { ...base, status: completion >= elapsed ? 'on-track' : 'behind' };
}

function judgeRelational(target: Target, value: number, other: number, fullYear: boolean): Verdict {
  if (target.operator === 'above') {
    const above = value > other;
    if (fullYear) return { status: above ? 'met' : 'missed' };
    return { status: above ? 'on-track' : 'behind' };
  }
  if (target.operator === 'in-step') {
    const { inStepTolerance } = THRESHOLDS;
    if (fullYear) return { status: value >= other - inStepTolerance ? 'met' : 'missed' };
    if (value > other + inStepTolerance) return { status: 'ahead' };
    return { status: value >= other - inStepTolerance ? 'on-track' : 'behind' };
  }
  return { status: 'no-data', reason: 'not-judgeable' };
}

/** Whether a figure can stand as progress of this target at all, and why not. */
function unusable(figure: ProgressFigure, indicator: JudgeInput['indicator']): NoDataReason | null {
  const observation = figure.observation;
  if (!observation) return null;
  // Illustrative values are for demonstration only: never progress.
  if (observation.status !== 'published') return 'no-progress';
  if (observation.measure === 'growth' && indicator?.growthBasis === 'real' && observation.growthBasis !== 'real') {
    // A real target (GDP 6.5%) is never judged against a nominal rate.
    return 'basis-mismatch';
  }
  // A secondary aggregator's figure is shown, marked, but nobody could vouch for a verdict on it.
  if (!canJudge(observation) || isSecondary(figure.source)) return 'secondary-source';
  return null;
}

function judgeFigure(input: JudgeInput, figure: ProgressFigure & { observation: Observation }): Judgement {
  const { target, period, indicator } = input;
  const fullYear = isFullYear(period);
  const observation = figure.observation;
  const caveats: Caveat[] = [];
  if (isSecondary(observation.source) || isSecondary(figure.source)) caveats.push('secondary-source');
  if (observation.note && /预计/.test(observation.note.zh)) caveats.push('estimate');

  const done = (verdict: Verdict, compared: Observation | null = null): Judgement => ({
    ...emptyJudgement(period, verdict.status, verdict.reason ?? null),
    figure,
    compared,
    completion: verdict.completion ?? null,
    elapsed: verdict.elapsed ?? null,
    convertedValue: verdict.convertedValue ?? null,
    caveats: [...caveats, ...(verdict.caveats ?? [])],
    words: figure.text,
  });

  const reason = unusable(figure, indicator);
  if (reason) return done({ status: 'no-data', reason });

  switch (target.kind) {
    case 'growth':
      if (observation.measure !== 'growth') return done({ status: 'no-data', reason: 'unit-mismatch' });
      return done(judgeGrowth(target, observation.value, fullYear, indicator));
    case 'level': {
      const factor = target.unit === null ? null : unitFactor(observation.unit, target.unit);
      if (factor === null || observation.measure !== 'level')
        return done({ status: 'no-data', reason: 'unit-mismatch' });
      const verdict = judgeLevel(target, observation.value * factor, fullYear, indicator);
      return done(
        factor === 1
          ? verdict
          : { ...verdict, convertedValue: observation.value * factor, caveats: ['unit-converted'] },
      );
    }
    case 'cumulative':
      if (observation.measure !== 'level') return done({ status: 'no-data', reason: 'unit-mismatch' });
      return done(judgeCumulative(target, figure, period));
    case 'relational': {
      const compared = pickComparison(input.comparison, period);
      if (!compared) return done({ status: 'no-data', reason: 'no-comparison' });
      if (observation.growthBasis !== compared.growthBasis) caveats.push('mixed-basis');
      return done(judgeRelational(target, observation.value, compared.value, fullYear), compared);
    }
    case 'qualitative':
      return done({ status: figure.text ? 'words' : 'no-data', reason: figure.text ? null : 'no-progress' });
  }
}

/** The related figure of the same period: citable (published, not secondary) and real (GDP). */
function pickComparison(comparison: readonly Observation[], period: string): Observation | null {
  const candidates = comparison.filter(
    (o) => o.period === period && canJudge(o) && o.measure === 'growth' && o.growthBasis === 'real',
  );
  return candidates[0] ?? null;
}

const STATUS_PRIORITY: Record<TargetStatus, number> = {
  met: 0,
  missed: 0,
  ahead: 0,
  'on-track': 0,
  behind: 0,
  words: 1,
  'no-data': 2,
};

/**
 * The status of a target in a period. Among several figures of the period the first that can be
 * judged wins (secondary figures never are); when none can, the reason of the first is kept, so the
 * page can say "only a nominal figure" instead of a bare "no data".
 */
export function judgeTarget(input: JudgeInput): Judgement {
  const { target, period, progress } = input;
  const year = parsePeriod(period)?.year;
  if (year !== target.year) return emptyJudgement(period, 'no-data', 'other-year');

  if (target.kind === 'qualitative') {
    // Words: the latest reported up to this period.
    const months = parsePeriod(period)?.months ?? 12;
    const latest = progress
      .filter((p) => p.text && parsePeriod(p.period)?.year === year && (parsePeriod(p.period)?.months ?? 99) <= months)
      .sort((a, b) => (parsePeriod(b.period)?.months ?? 0) - (parsePeriod(a.period)?.months ?? 0))[0];
    if (!latest) return emptyJudgement(period, 'no-data', 'no-progress');
    return {
      ...emptyJudgement(period, 'words', null),
      figure: latest,
      words: latest.text,
      caveats: isSecondary(latest.source) ? ['secondary-source'] : [],
    };
  }

  const ofPeriod = progress
    .filter((p) => p.period === period && p.observation)
    .sort((a, b) => Number(isSecondary(a.source)) - Number(isSecondary(b.source)));
  if (ofPeriod.length === 0) {
    // Progress reported only in words (a count that fits no indicator) is shown, not judged.
    const words = progress.find((p) => p.period === period && p.text);
    if (!words) return emptyJudgement(period, 'no-data', 'no-progress');
    return { ...emptyJudgement(period, 'words', null), figure: words, words: words.text };
  }
  const judged = ofPeriod.map((figure) => judgeFigure(input, figure as ProgressFigure & { observation: Observation }));
  return (
    judged.sort((a, b) => STATUS_PRIORITY[a.status] - STATUS_PRIORITY[b.status])[0] ??
    emptyJudgement(period, 'no-data', 'no-progress')
  );
}

/**
 * The figures that may report progress of a target: its progress entries, and published figures
 * of its linked indicator for the owner and year that no entry uses (so a nominal GDP rate is
 * seen, and said to be unusable, rather than silently missing).
 */
export function progressFigures(
  target: Target,
  entries: readonly TargetProgress[],
  linkedObservations: readonly Observation[],
): ProgressFigure[] {
  const own = entries.filter((p) => p.target === target.id && p.region === target.owner);
  const used = new Set(own.map((p) => p.observation?.id).filter(Boolean));
  const linked = target.linked;
  const extra = linked
    ? linkedObservations.filter(
        (o) =>
          o.indicator === linked.indicator &&
          o.measure === linked.measure &&
          o.region === target.owner &&
          o.status === 'published' &&
          parsePeriod(o.period)?.year === target.year &&
          !used.has(o.id),
      )
    : [];
  return [
    ...own.map((p) => ({
      id: p.id,
      period: p.period,
      observation: p.observation,
      text: p.text,
      completionShare: p.completionShare,
      source: p.source,
    })),
    ...extra.map((o) => ({
      id: o.id,
      period: o.period,
      observation: o,
      text: null,
      completionShare: false,
      source: o.source,
    })),
  ];
}

/** A region's 2024 target on an indicator's growth (or relational to another rate), if the work report sets one. */
export function findGrowthTarget(targets: readonly Target[], indicator: string, owner: string): Target | null {
  return (
    targets.find(
      (t) =>
        t.owner === owner &&
        t.year === 2024 &&
        t.linked?.indicator === indicator &&
        t.linked.measure === 'growth' &&
        (t.kind === 'growth' || t.kind === 'relational'),
    ) ?? null
  );
}

/**
 * A region's 2024 target on an indicator, whatever it sets: the growth target first (the one a
 * briefing reads the indicator against), else a level or cumulative amount (judged against 序时进度).
 */
export function findIndicatorTarget(targets: readonly Target[], indicator: string, owner: string): Target | null {
  return (
    findGrowthTarget(targets, indicator, owner) ??
    targets.find(
      (t) =>
        t.owner === owner &&
        t.year === 2024 &&
        t.linked?.indicator === indicator &&
        (t.kind === 'level' || t.kind === 'cumulative'),
    ) ??
    null
  );
}

/**
 * Everything judgeTarget needs about one target but the period, drawn from the API's progress
 * entries and published figures the same way on every page, so a target has one status per period.
 */
export function judgeInputOf(
  target: Target,
  entries: readonly TargetProgress[],
  observations: readonly Observation[],
  indicator: JudgeInput['indicator'],
): Omit<JudgeInput, 'period' | 'progress'> & { progress: ProgressFigure[] } {
  const related = target.relatedTo;
  return {
    target,
    progress: progressFigures(target, entries, observations),
    indicator,
    comparison: related
      ? observations.filter(
          (o) => o.indicator === related.indicator && o.measure === related.measure && o.region === target.owner,
        )
      : [],
  };
}
