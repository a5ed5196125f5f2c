import { z } from 'zod';
import { localizedText, periodId, regionId } from './common';

export const regionKind = z
  .enum(['prefecture-city', 'district', 'county', 'county-level-city', 'functional-zone', 'province'])
  .meta({ id: 'RegionKind' });
export type RegionKind = z.infer<typeof regionKind>;

export const regionScope = z.enum(['shaoxing', 'zhejiang']);
export type RegionScope = z.infer<typeof regionScope>;

export const region = z
  .object({
    id: regionId,
    gbCode: z
      .string()
      .regex(/^\d{6}$/)
      .nullable()
      .meta({ description: 'GB/T 2260 code; null for functional zones.' }),
    name: localizedText,
    shortName: localizedText.meta({ description: 'Name as officials say it in a list, e.g. 柯桥 / Keqiao.' }),
    kind: regionKind,
    parent: regionId.nullable(),
    scope: regionScope.meta({
      description: 'shaoxing: the city and its parts; zhejiang: the province and peer counties elsewhere in it.',
    }),
    order: z.number().int().meta({ description: 'Display order in lists.' }),
    reportPeriod: periodId.nullable().meta({
      description:
        'For a peer county elsewhere in Zhejiang: the period of the report whose figures the API holds (peers are compared for that period). Null for every other region.',
    }),
  })
  .meta({ id: 'Region' });
export type Region = z.infer<typeof region>;

export const regionsResponse = z.object({ data: z.array(region) }).meta({ id: 'RegionsResponse' });
export type RegionsResponse = z.infer<typeof regionsResponse>;

export const regionsQuery = z.object({
  scope: regionScope.optional().meta({ description: 'Only the regions of this scope; all when absent.' }),
});
