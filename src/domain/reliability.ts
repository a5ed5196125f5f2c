/**
 * How far a figure can be relied on, decided in one place for every page, export and judgement.
 *
 * docs/domain.md (Sources and reliability). The order is the dataset's authority order
 * (mock/data/NOTES.md): official over an official text reposted, over the press quoting officials,
 * over a secondary aggregator restating figures.
 * A secondary figure may be shown, always marked, but never judged against a target nor used to
 * compute or state a rank: nobody could vouch for the verdict in a meeting.
 */
import type { Reliability, Source } from '../api/contract/common';

export const RELIABILITY_ORDER: readonly Reliability[] = ['official', 'official-repost', 'press', 'secondary'];

/** What a source that names no issuing body is cited as. */
export const UNNAMED_ISSUER = { zh: '未署名', en: 'issuer not named' } as const;

/** The source's reliability; null for an illustrative value, which is not a source's figure at all. */
export function reliabilityOf(source: Source | { type: string; reliability?: Reliability }): Reliability | null {
  return source.type === 'illustrative' || !('reliability' in source) ? null : (source.reliability ?? null);
}

export function isSecondarySource(source: Source | { type: string; reliability?: Reliability }): boolean {
  return reliabilityOf(source) === 'secondary';
}

/** 0 for official … 3 for secondary; illustrative after all of them. */
export function reliabilityRank(source: Source | { type: string; reliability?: Reliability }): number {
  const reliability = reliabilityOf(source);
  return reliability === null ? RELIABILITY_ORDER.length : RELIABILITY_ORDER.indexOf(reliability);
}

interface FigureLike {
  status: 'published' | 'illustrative';
  source: Source;
}

/**
 * A figure that can stand on its own: published (not illustrative) and from a source that is not
 * secondary. Only such figures judge a target, make a rank, or head a card as its growth.
 */
export function isCitable(figure: FigureLike): boolean {
  return figure.status === 'published' && !isSecondarySource(figure.source);
}

/** The predicate of every target judgement: the same as isCitable, named for the call site. */
export const canJudge = isCitable;

/**
 * Whether a figure may make or state a rank. Secondary figures never do. Illustrative figures may
 * fill a demonstration grid, and the rank they make is then marked illustrative where it is shown.
 */
export function canRankWith(figure: FigureLike): boolean {
  return !isSecondarySource(figure.source);
}

/**
 * A value made from figures (a computed rank, a share, a change of rate) is illustrative when any
 * of its inputs is: it is marked so, and never passes for a figure of the record.
 */
export function madeFromIllustrative(figures: readonly (Pick<FigureLike, 'status'> | null | undefined)[]): boolean {
  return figures.some((figure) => figure?.status === 'illustrative');
}

/** A headline growth rate: a nominal rate computed by a third party never heads a card. */
export function canHeadlineGrowth(figure: FigureLike & { growthBasis: 'real' | 'nominal' | null }): boolean {
  return !(isSecondarySource(figure.source) && figure.growthBasis === 'nominal');
}
