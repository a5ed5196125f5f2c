/**
 * The areas the dashboard is about (docs/domain.md, Regions): the city, its six 区、县（市）, and
 * 滨海新区. Their ids are part of the public URL interface (`region=330681`), so they are fixed here;
 * their names come from the API (`/regions`).
 */
import type { Region } from '../api/contract/regions';
import { textKey, type Language } from '../lib/language';

export const CITY_REGION = '330600';

/** The six 区、县（市）, in the official order. */
export const SIX_DISTRICTS = ['330602', '330603', '330604', '330681', '330683', '330624'] as const;
export type District = (typeof SIX_DISTRICTS)[number];

/** 滨海新区: a functional zone overlapping 越城/柯桥/上虞; shown beside the six where sources give it, never ranked or summed. */
export const BINHAI = 'binhai';

/** The areas of the global filter: the city, its six 区、县（市）, and 滨海新区 (functional zone). */
export const FILTER_REGION_IDS = [CITY_REGION, ...SIX_DISTRICTS, BINHAI] as const;
export type FilterRegion = (typeof FILTER_REGION_IDS)[number];

/** One of the six (not the city, not 滨海新区): the areas that have a place among the six. */
export function isDistrict(region: string): region is District {
  return (SIX_DISTRICTS as readonly string[]).includes(region);
}

/**
 * A region's name in the reader's language, or its id while the names are not in: `full` for text
 * (柯桥区 / Keqiao District), `short` for a chart label (柯桥区 / Keqiao; Chinese keeps the full name).
 */
export function regionName(
  regions: readonly Region[] | undefined,
  id: string,
  language: Language,
  form: 'full' | 'short' = 'full',
): string {
  const region = regions?.find((r) => r.id === id);
  if (!region) return id;
  return form === 'short' && language !== 'zh-CN' ? region.shortName.en : region.name[textKey(language)];
}
