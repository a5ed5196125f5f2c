import { z } from 'zod';
import { partialDate, periodId } from './common';

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
    defaultPeriod: periodId.meta({
      description:
        'The default view: the period with the most published headline figures of the city (official or press), the latest on a tie.',
    }),
    dataThrough: periodId.meta({
      description:
        'The latest period with published figures (official or press) of the city or its districts: the header’s “data up to”.',
    }),
  })
  .meta({ id: 'Meta' });
export type Meta = z.infer<typeof meta>;

export const metaResponse = z.object({ data: meta }).meta({ id: 'MetaResponse' });
export type MetaResponse = z.infer<typeof metaResponse>;
