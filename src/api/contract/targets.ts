import { z } from 'zod';
import { apiText } from './text';
import { citation, citationTables, indicatorId, localizedText, periodId, regionId, type Source } from './common';
import { conflictingFigures, measure, observationRecord, type Observation } from './observations';

export const targetArea = z
  .object({
    id: z
      .string()
      .min(1)
      .meta({ description: '`main` for the main expected targets (主要预期目标), then one id per work area.' }),
    name: localizedText,
    order: z.number().int(),
  })
  .meta({ id: 'TargetArea' });
export type TargetArea = z.infer<typeof targetArea>;

export const targetOperator = z
  .enum(['at-least', 'about', 'at-most', 'equal', 'above', 'in-step', 'qualitative'])
  .meta({
    id: 'TargetOperator',
    description:
      'at-least 以上; about 左右; at-most 以内/以下; equal: a plain number; above: higher than the related indicator (高于); in-step: in step with the related indicator (基本同步); qualitative: words only.',
  });
export type TargetOperator = z.infer<typeof targetOperator>;

export const targetKind = z.enum(['growth', 'cumulative', 'level', 'relational', 'qualitative']).meta({
  id: 'TargetKind',
  description:
    'growth: a growth rate for the year; cumulative: a count or amount that adds up over the year (judged against 序时进度); level: a value at a point (a ratio, a ceiling); relational: compared with another indicator; qualitative: words only.',
});
export type TargetKind = z.infer<typeof targetKind>;

export const indicatorRef = z.object({ indicator: indicatorId, measure }).meta({ id: 'IndicatorRef' });

export const targetRecord = z
  .object({
    id: z.string().min(1),
    year: z.number().int(),
    owner: regionId.meta({ description: 'The region whose target it is.' }),
    area: apiText().min(1),
    text: localizedText.meta({ description: 'The target in the report’s own terms.' }),
    kind: targetKind,
    operator: targetOperator,
    value: z.number().nullable(),
    unit: apiText().nullable(),
    linked: indicatorRef
      .nullable()
      .meta({ description: 'The indicator whose figures measure progress, where there is one.' }),
    relatedTo: indicatorRef
      .nullable()
      .meta({ description: 'For relational targets: the indicator it is compared with.' }),
    source: citation,
  })
  .meta({ id: 'Target' });
export type TargetRecord = z.infer<typeof targetRecord>;
/** A target as the app uses it, its source resolved. */
export type Target = Omit<TargetRecord, 'source'> & { source: Source };

export const targetProgressRecord = z
  .object({
    id: z.string().min(1),
    target: z.string().min(1),
    region: regionId,
    period: periodId,
    observation: observationRecord
      .nullable()
      .meta({ description: 'The figure that reports progress, for numeric progress.' }),
    text: localizedText.nullable().meta({ description: 'Progress in words, for qualitative targets.' }),
    completionShare: z.boolean().meta({
      description:
        'true when the observation is the share of the annual target completed (%, actual ÷ target), as the source states it; false when it is the amount itself.',
    }),
    source: citation,
  })
  .meta({ id: 'TargetProgress' });
export type TargetProgressRecord = z.infer<typeof targetProgressRecord>;
/** Progress as the app uses it: its observation and source resolved. */
export type TargetProgress = Omit<TargetProgressRecord, 'source' | 'observation'> & {
  source: Source;
  observation: Observation | null;
};

export const targetsResponse = z
  .object({
    data: z.object({
      areas: z.array(targetArea),
      targets: z.array(targetRecord),
      // Progress figures follow the observations' rule: one figure, one value (see conflictingFigures).
      progress: z.array(targetProgressRecord).superRefine((list, ctx) => {
        const figures = list.flatMap((p, index) => (p.observation ? [{ ...p.observation, index }] : []));
        const conflict = conflictingFigures(figures);
        if (conflict) {
          const index = figures[conflict.index]?.index ?? conflict.index;
          ctx.addIssue({ code: 'custom', message: conflict.message, path: [index, 'observation'] });
        }
      }),
    }),
    ...citationTables,
  })
  .meta({ id: 'TargetsResponse' });
export type TargetsResponse = z.infer<typeof targetsResponse>;

export const targetsQuery = z.object({
  year: z
    .string()
    .regex(/^\d{4}$/)
    .optional()
    .meta({ description: 'Only the targets of this year; targets of every year when absent.', example: '2024' }),
  owner: z.string().optional().meta({ description: 'Comma-separated region ids of target owners.' }),
  indicator: z.string().optional().meta({
    description: 'Comma-separated indicator ids: only targets linked to one of them, and their progress.',
    example: 'gdp,retail_sales',
  }),
});
