import { z } from 'zod';
import { localizedText, periodId, regionId } from './common';

export const regionKind = z
  .enum(['prefecture-city', 'district', 'county', 'county-level-city', 'functional-zone', 'province'])
  .meta({ id: 'RegionKind' });
export type RegionKind = z.infer<typeof regionKind>;

export const regionScope = z.enum(['shaoxing', 'zhejiang', 'zhejiang-cities']).meta({
  id: 'RegionScope',
  description:
    'shaoxing: the city, its six districts and counties and 滨海新区; zhejiang: the province and the peer counties of the county reports (seed 002); zhejiang-cities: the other ten prefecture-level cities of Zhejiang (with 绍兴市 the province’s 11).',
});
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
    scope: regionScope,
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
