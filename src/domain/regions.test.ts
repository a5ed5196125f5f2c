import { describe, expect, it } from 'vitest';
import type { Region } from '../api/contract/regions';
import { BINHAI, CITY_REGION, FILTER_REGION_IDS, isDistrict, regionName, SIX_DISTRICTS } from './regions';

const keqiao = {
  id: '330603',
  gbCode: '330603',
  name: { zh: '柯桥区', en: 'Keqiao District' },
  shortName: { zh: '柯桥', en: 'Keqiao' },
  kind: 'district',
  parent: CITY_REGION,
  scope: 'shaoxing',
  order: 2,
  reportPeriod: null,
} satisfies Region;

describe('regions', () => {
  it('offers the city, the six in the official order, then 滨海新区', () => {
    expect(FILTER_REGION_IDS).toEqual([CITY_REGION, ...SIX_DISTRICTS, BINHAI]);
    expect(SIX_DISTRICTS).toHaveLength(6);
  });

  it('counts only the six as districts: not the city, not the functional zone', () => {
    expect(isDistrict('330681')).toBe(true);
    expect(isDistrict(CITY_REGION)).toBe(false);
    expect(isDistrict(BINHAI)).toBe(false);
  });

  it('names a region in the reader’s language, short on charts in English, and by id until names are in', () => {
    expect(regionName([keqiao], '330603', 'zh-CN')).toBe('柯桥区');
    expect(regionName([keqiao], '330603', 'en')).toBe('Keqiao District');
    expect(regionName([keqiao], '330603', 'en', 'short')).toBe('Keqiao');
    expect(regionName([keqiao], '330603', 'zh-CN', 'short')).toBe('柯桥区');
    expect(regionName(undefined, '330603', 'en')).toBe('330603');
    expect(regionName([keqiao], '330681', 'zh-CN')).toBe('330681');
  });
});
