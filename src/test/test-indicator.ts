import type { Indicator } from '../api/contract/indicators';

/** An indicator for tests: higher is better, real growth, in 亿元 unless stated. */
export function testIndicator(id: string, zh: string, en: string, unit = '亿元'): Indicator {
  return {
    id,
    name: { zh, en },
    category: 'overall',
    unit,
    definition: { zh: '', en: '' },
    growthBasis: 'real',
    higherIsBetter: true,
  };
}

export const TEST_GDP = testIndicator('gdp', '地区生产总值', 'GDP');
