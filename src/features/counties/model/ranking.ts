/**
 * Ranks of the six 区、县（市） on one indicator, measure and period.
 *
 * - A rank stated by a source (an observation with measure `rank`, scope `city`, ranked on the same
 *   kind of measure) takes precedence and is shown as published.
 * - Otherwise ranks are computed from the figures, but only when all six are known: a place among
 *   four known figures is not a place among the six.
 * - A computed rank depends on every figure, so if any of the six is illustrative, all computed
 *   ranks are illustrative.
 * - Secondary figures never rank: a rank a secondary source states is not taken, and no rank is
 *   computed when any of the six figures is secondary (lib/reliability.ts).
 * - Ties share a rank and the next rank is skipped (1, 2, 2, 4), as statistical bulletins do.
 * - The order follows the indicator: for a figure where lower is better (PM2.5), the lowest is 1st.
 */
import type { Source } from '../../../api/contract/common';
import type { Observation } from '../../../api/contract/observations';
import { competitionRanks } from '../../../domain/ranks';
import { canRankWith, madeFromIllustrative } from '../../../domain/reliability';
import { parsePeriod, previousCumulativePeriod } from '../../../lib/periods';
import { measureKey, type MeasureChoice } from './measure-choice';
import { findFigure, matchesFigure } from '../../../domain/observations';

export type RankKind = 'published' | 'computed' | 'illustrative';

export interface Rank {
  value: number;
  kind: RankKind;
  /** The source of a published rank. */
  source: Source | null;
}

export type FigureStatusOrMissing = 'published' | 'illustrative' | 'missing';

export interface RankedDistrict {
  region: string;
  figure: Observation | null;
  status: FigureStatusOrMissing;
  rank: Rank | null;
  /** Why there is no rank: the district has no figure, not all six have one, or one of the six is second-hand. */
  rankMissing: 'noFigure' | 'incomplete' | 'secondary' | null;
  previousRank: Rank | null;
  /** Places gained since the previous period (positive = moved up); null unless both ranks are known. */
  rankChange: number | null;
  /** True when either rank behind the change is illustrative. */
  rankChangeIllustrative: boolean;
}

export interface RankingInput {
  observations: readonly Observation[];
  /** The six, in display order (ties and missing figures keep this order). */
  districts: readonly string[];
  indicator: string;
  measure: MeasureChoice;
  period: string;
  higherIsBetter: boolean;
}

/** The period a rank change compares with: the previous cumulative period, or for Q1 last year's full year. */
export function previousRankPeriod(period: string): string | null {
  const previous = previousCumulativePeriod(period);
  if (previous) return previous;
  const parsed = parsePeriod(period);
  return parsed && parsed.part === 'Q1' ? `${parsed.year - 1}FY` : null;
}

function figureOf(input: RankingInput, region: string, period: string): Observation | null {
  return findFigure(input.observations, { region, period, indicator: input.indicator, ...measureKey(input.measure) });
}

function publishedRank(input: RankingInput, region: string, period: string): Rank | null {
  const basis = input.measure === 'level' ? 'level' : 'growth';
  const found = input.observations.find(
    (o) =>
      matchesFigure(o, { region, period, indicator: input.indicator, measure: 'rank' }) &&
      o.rank?.scope === 'city' &&
      o.rank.basis === basis &&
      canRankWith(o),
  );
  return found ? { value: found.value, kind: 'published', source: found.source } : null;
}

interface PeriodRanks {
  figures: (Observation | null)[];
  ranks: (Rank | null)[];
  complete: boolean;
  secondary: boolean;
}

function ranksFor(input: RankingInput, period: string): PeriodRanks {
  const figures = input.districts.map((region) => figureOf(input, region, period));
  // A secondary figure never makes a rank: with one among the six, none is computed.
  const secondary = figures.some((f) => f !== null && !canRankWith(f));
  const computed = secondary
    ? null
    : competitionRanks(
        figures.map((f) => f?.value ?? null),
        input.higherIsBetter,
      );
  const illustrative = madeFromIllustrative(figures);
  const ranks = input.districts.map((region, index): Rank | null => {
    const published = publishedRank(input, region, period);
    if (published) return published;
    const value = computed?.[index];
    return value === undefined ? null : { value, kind: illustrative ? 'illustrative' : 'computed', source: null };
  });
  return { figures, ranks, complete: computed !== null, secondary };
}

/** The six with figure, rank and rank change, best first; districts without a figure last. */
export function rankDistricts(input: RankingInput): RankedDistrict[] {
  const current = ranksFor(input, input.period);
  const previousPeriod = previousRankPeriod(input.period);
  const previous = previousPeriod ? ranksFor(input, previousPeriod) : null;

  const rows = input.districts.map((region, index): RankedDistrict => {
    const figure = current.figures[index] ?? null;
    const rank = current.ranks[index] ?? null;
    const previousRank = previous?.ranks[index] ?? null;
    const both = rank !== null && previousRank !== null;
    return {
      region,
      figure,
      status: figure ? figure.status : 'missing',
      rank,
      rankMissing: rank ? null : !figure ? 'noFigure' : current.secondary ? 'secondary' : 'incomplete',
      previousRank,
      rankChange: both ? previousRank.value - rank.value : null,
      rankChangeIllustrative: both && (rank.kind === 'illustrative' || previousRank.kind === 'illustrative'),
    };
  });

  const sign = input.higherIsBetter ? -1 : 1;
  return rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => {
      const va = a.row.figure?.value ?? null;
      const vb = b.row.figure?.value ?? null;
      if (va === null && vb === null) return a.index - b.index;
      if (va === null) return 1;
      if (vb === null) return -1;
      return (va - vb) * sign || a.index - b.index;
    })
    .map(({ row }) => row);
}

/** The figure of one region (the city, 滨海新区) for the same indicator, measure and period. */
export function figureFor(
  observations: readonly Observation[],
  region: string,
  indicator: string,
  measure: MeasureChoice,
  period: string,
): Observation | null {
  return findFigure(observations, { region, period, indicator, ...measureKey(measure) });
}
