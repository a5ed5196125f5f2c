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

/** A second value for the same cell from another source, kept for the record but not shown as the figure. */
export const alternativeFigure = z
  .object({ value: z.number(), source: citation, note: localizedText })
  .meta({ id: 'AlternativeFigure' });

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
  })
  .superRefine((o, ctx) => {
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
}

export const observationsResponse = z
  .object({ data: z.array(observationRecord), ...citationTables })
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
