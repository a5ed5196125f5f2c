import { z } from 'zod';
import { partialDate, periodId } from './common';
import { apiText } from './text';

export const apiMode = z
  .enum(['mock', 'live'])
  .meta({ id: 'ApiMode', description: 'mock: the dataset that ships with the dashboard; live: a production backend.' });
export type ApiMode = z.infer<typeof apiMode>;

export const meta = z
  .object({
    apiVersion: z.literal('v1'),
    datasetVersion: z.string().min(1),
    asOf: partialDate.meta({
      description: 'Date of the newest source in the dataset (a source date, not a statistical period).',
    }),
    mode: apiMode,
    periods: z.array(periodId).min(1).meta({ description: 'Periods the dashboard offers, oldest first.' }),
    latestPublishedPeriod: periodId.meta({
      description:
        'The newest period for which the city’s official GDP growth (real, from an official or press source) is published.',
    }),
    defaultPeriods: z
      .object({
        economy: periodId.meta({
          description: 'The city economy page: the period with the most headline cards the record gives.',
        }),
        counties: periodId.meta({
          description: 'The district comparison: the period with published figures of the most districts.',
        }),
        targets: periodId.meta({ description: 'The target tracker: the period with the most progress reports.' }),
      })
      .meta({
        description:
          'The default view of each page: the period where the published record (official or press, not secondary) is richest for what the page is about, the latest on a tie.',
      }),
    dataThrough: periodId.meta({
      description:
        'The latest period with published headline figures (official or press: GDP, industry, investment, consumption, exports, revenue, incomes) of the city: the header’s “data up to”.',
    }),
    release: z
      .object({
        number: z.number().int().min(1),
        date: z.iso.date().meta({ description: 'Publication date, YYYY-MM-DD.' }),
        note: apiText().min(1).optional(),
      })
      .optional()
      .meta({
        description:
          'The release served: a numbered, dated snapshot of the whole dataset that is never changed once published. Left out by a backend that does not keep releases.',
      }),
  })
  .meta({ id: 'Meta' });
export type Meta = z.infer<typeof meta>;
/** The pages with a period filter of their own default. */
export type PageWithPeriod = keyof Meta['defaultPeriods'];

export const metaResponse = z.object({ data: meta }).meta({ id: 'MetaResponse' });
export type MetaResponse = z.infer<typeof metaResponse>;
