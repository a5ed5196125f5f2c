import { z } from 'zod';
import { apiText } from './text';
import {
  citation,
  citationTables,
  figureStatus,
  indicatorId,
  localizedText,
  periodId,
  regionId,
  type LocalizedText,
  type Source,
} from './common';

export const measure = z.enum(['level', 'growth', 'rank', 'change']).meta({
  id: 'Measure',
  description:
    'level: the amount itself; growth: year-on-year % against the same cumulative period; rank: a place in a ranking; change: year-on-year change of a ratio, in percentage points.',
});
export type Measure = z.infer<typeof measure>;

export const rankInfo = z
  .object({
    scope: z.enum(['province', 'city']).meta({
      description:
        'province: among Zhejiang’s 11 cities (or its counties, for a county); city: among Shaoxing’s six districts and counties.',
    }),
    basis: z
      .enum(['level', 'growth'])
      .nullable()
      .meta({ description: 'Ranked by the level or by the growth rate; null where the source does not say.' }),
  })
  .meta({ id: 'RankInfo' });
export type RankInfo = z.infer<typeof rankInfo>;

/**
 * Bounds a figure must keep to, checked where a response enters the app so that an absurd value is
 * refused as a malformed payload rather than drawn (an axis to 1e308, a legend of "∞"):
 * - every value: finite and |value| < 1e15. The largest amount in the data is about 2e5 (元 per
 *   person, 亿元 of output), so this leaves ten orders of magnitude for any real figure while
 *   stopping overflow and ±1e308;
 * - growth (% year on year) and change (percentage points): within ±1000. A fall cannot pass
 *   −100 %, and a tenfold rise in a year is beyond any figure this dashboard publishes (the data's
 *   largest is 40 %); negative growth and change are ordinary and allowed;
 * - level: ≥ 0, except for indicators listed in SIGNED_LEVEL_INDICATORS. Every indicator of the
 *   catalogue is an amount, a count, a share, a ratio or an index, none of which can fall below
 *   zero; a balance or a net flow (which can) would be added to that list with its catalogue entry;
 * - rank: a whole number from 1.
 */
export const MAX_ABS_VALUE = 1e15;
export const MAX_ABS_RATE = 1000;
export const SIGNED_LEVEL_INDICATORS: ReadonlySet<string> = new Set<string>();

export function valueProblem(o: { indicator: string; measure: Measure; value: number }): string | null {
  if (!Number.isFinite(o.value) || Math.abs(o.value) >= MAX_ABS_VALUE) {
    return `value out of range (|value| must be below ${MAX_ABS_VALUE})`;
  }
  if ((o.measure === 'growth' || o.measure === 'change') && Math.abs(o.value) > MAX_ABS_RATE) {
    return `${o.measure} out of range (must be within ±${MAX_ABS_RATE})`;
  }
  if (o.measure === 'level' && o.value < 0 && !SIGNED_LEVEL_INDICATORS.has(o.indicator)) {
    return `negative level for ${o.indicator}, which cannot be negative`;
  }
  if (o.measure === 'rank' && (!Number.isInteger(o.value) || o.value < 1)) return 'rank must be a whole number from 1';
  return null;
}

/**
 * What makes two figures the same figure: indicator, region, period and measure, with the growth
 * basis (real and nominal growth are two figures) and the ranking (scope and basis) that tell
 * figures of one measure apart.
 */
export function figureKey(o: {
  indicator: string;
  region: string;
  period: string;
  measure: Measure;
  growthBasis?: string | null;
  rank?: { scope: string; basis: string | null } | null;
}): string {
  const rank = o.rank ? `${o.rank.scope}/${o.rank.basis ?? '-'}` : '';
  return [o.indicator, o.region, o.period, o.measure, o.growthBasis ?? '', rank].filter(Boolean).join(' ');
}

/**
 * Two different values for one figure in a response cannot both be right, and picking one would
 * show a number nobody can vouch for: the response is refused, naming the figure. The same value
 * twice is harmless (it is merged by whoever reads the list).
 */
export function conflictingFigures(
  list: readonly {
    indicator: string;
    region: string;
    period: string;
    measure: Measure;
    value: number;
    growthBasis?: string | null;
    rank?: { scope: string; basis: string | null } | null;
  }[],
): { index: number; message: string } | null {
  const seen = new Map<string, number>();
  for (const [index, o] of list.entries()) {
    const key = figureKey(o);
    const first = seen.get(key);
    if (first === undefined) seen.set(key, o.value);
    else if (first !== o.value) {
      return { index, message: `two different values for one figure (${key}): ${first} and ${o.value}` };
    }
  }
  return null;
}

/** A second value for the same cell from another source, kept for the record but not shown as the figure. */
export const alternativeFigure = z
  .object({ value: z.number(), source: citation, note: localizedText })
  .meta({ id: 'AlternativeFigure' });

/**
 * An earlier value of a figure that a later release revised: the value, and the release (number and
 * date) that first published it.
 */
export const revision = z
  .object({
    value: z.number().finite(),
    release: z.number().int().min(1),
    date: z.iso.date().meta({ description: 'Date of that release, YYYY-MM-DD.' }),
  })
  .meta({ id: 'Revision' });
export type Revision = z.infer<typeof revision>;

/**
 * One figure as the API sends it. Fields that are empty for most figures are left out rather than
 * sent as null, and the source is a citation into the response's tables: a page's figures cost a
 * fraction of the bytes.
 */
export const observationRecord = z
  .object({
    id: z.string().min(1),
    indicator: indicatorId,
    region: regionId,
    period: periodId,
    measure,
    value: z.number().finite(),
    unit: apiText()
      .min(1)
      .meta({ description: '% for growth, 位 for rank, 个百分点 for change, else the indicator unit.' }),
    growthBasis: z
      .enum(['real', 'nominal'])
      .optional()
      .meta({ description: 'For growth, and only for growth: real (comparable prices) or nominal.' }),
    rank: rankInfo.optional().meta({ description: 'For rank, and only for rank.' }),
    status: figureStatus,
    source: citation,
    note: localizedText.optional(),
    alternatives: z.array(alternativeFigure).optional().meta({ description: 'Left out when there are none.' }),
    release: z.number().int().min(1).optional().meta({
      description:
        'The release in which this figure was first published. Left out by a backend that does not keep releases.',
    }),
    revisions: z.array(revision).optional().meta({
      description:
        'Earlier values of this figure that later releases revised, newest first. Left out when the figure was never revised.',
    }),
  })
  .superRefine((o, ctx) => {
    const problem = valueProblem(o);
    if (problem) ctx.addIssue({ code: 'custom', message: problem, path: ['value'] });
    if ((o.measure === 'rank') !== (o.rank !== undefined)) {
      ctx.addIssue({ code: 'custom', message: 'rank info is required exactly for rank measures', path: ['rank'] });
    }
    if ((o.measure === 'growth') !== (o.growthBasis !== undefined)) {
      ctx.addIssue({
        code: 'custom',
        message: 'growthBasis is required exactly for growth measures',
        path: ['growthBasis'],
      });
    }
  })
  .meta({ id: 'Observation', description: 'One figure: an indicator for a region and a cumulative period.' });
export type ObservationRecord = z.infer<typeof observationRecord>;

/** One figure as the app uses it: every field present, the source resolved with its phrase. */
export interface Observation {
  id: string;
  indicator: string;
  region: string;
  period: string;
  measure: Measure;
  value: number;
  unit: string;
  growthBasis: 'real' | 'nominal' | null;
  rank: RankInfo | null;
  status: z.infer<typeof figureStatus>;
  source: Source;
  note: LocalizedText | null;
  alternatives: { value: number; source: Source; note: LocalizedText }[];
  /** The release that first published it; null where the backend keeps no releases (the mock). */
  release: number | null;
  /** Earlier values, newest first; empty when never revised. */
  revisions: Revision[];
}

export const observationsResponse = z
  .object({
    data: z.array(observationRecord).superRefine((list, ctx) => {
      const conflict = conflictingFigures(list);
      if (conflict) ctx.addIssue({ code: 'custom', message: conflict.message, path: [conflict.index] });
    }),
    ...citationTables,
  })
  .meta({ id: 'ObservationsResponse' });
export type ObservationsResponse = z.infer<typeof observationsResponse>;

/** Query of GET /observations. Lists are comma-separated; an absent filter matches everything. */
export const observationsQuery = z.object({
  region: z.string().optional().meta({ description: 'Comma-separated region ids.', example: '330600,330602' }),
  period: z.string().optional().meta({ description: 'Comma-separated period ids.', example: '2024Q1' }),
  indicator: z.string().optional().meta({ description: 'Comma-separated indicator ids.', example: 'gdp' }),
  measure: z.string().optional().meta({ description: 'Comma-separated measures.', example: 'level,growth' }),
  status: figureStatus
    .optional()
    .meta({ description: 'Only figures of this status; `published` hides illustrative ones.' }),
});
export type ObservationsQuery = z.infer<typeof observationsQuery>;
