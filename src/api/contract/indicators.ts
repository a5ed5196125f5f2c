import { z } from 'zod';
import { apiText } from './text';
import { indicatorId, localizedText } from './common';

export const indicatorCategory = z
  .enum([
    'overall',
    'industry',
    'investment',
    'consumption',
    'trade',
    'fiscal',
    'income',
    'innovation',
    'environment',
    'livelihood',
  ])
  .meta({ id: 'IndicatorCategory' });
export type IndicatorCategory = z.infer<typeof indicatorCategory>;

export const indicator = z
  .object({
    id: indicatorId,
    name: localizedText,
    category: indicatorCategory,
    unit: apiText().min(1).meta({ description: 'Unit of the level, as the sources write it (亿元, 元, %, 家, 亩 …).' }),
    definition: localizedText.meta({ description: 'One-sentence definition (口径).' }),
    growthBasis: z.enum(['real', 'nominal']).nullable().meta({
      description:
        'real: growth at comparable prices (GDP, industrial value added); nominal: at current prices; null: no growth rate is published.',
    }),
    higherIsBetter: z
      .boolean()
      .meta({ description: 'false for figures such as PM2.5 or unemployment, where lower is better.' }),
  })
  .meta({ id: 'Indicator' });
export type Indicator = z.infer<typeof indicator>;

export const indicatorsResponse = z.object({ data: z.array(indicator) }).meta({ id: 'IndicatorsResponse' });
export type IndicatorsResponse = z.infer<typeof indicatorsResponse>;

export const indicatorsQuery = z.object({
  id: z.string().optional().meta({ description: 'Comma-separated indicator ids: only these.', example: 'gdp,exports' }),
  region: z.string().optional().meta({
    description: 'Comma-separated region ids: only indicators with at least one figure for one of them.',
    example: '330602,330603',
  }),
});
