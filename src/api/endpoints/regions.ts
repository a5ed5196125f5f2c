import { queryOptions, useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { regionName } from '../../domain/regions';
import { useCurrentLanguage } from '../../lib/use-current-language';
import { getJson } from '../../lib/api-client';
import { regionsResponse, type RegionScope } from '../contract/regions';

/**
 * The regions of one scope: Shaoxing's (the filters, every page) or the rest of Zhejiang (only the
 * peers view), so that a long list of peer counties costs only the view that shows them.
 */
export const regionsQueryOptions = (scope: RegionScope = 'shaoxing') =>
  queryOptions({
    queryKey: ['regions', { scope }],
    queryFn: ({ signal }) =>
      getJson('/regions', regionsResponse, { signal, params: { scope } }).then((body) => body.data),
  });

export const useRegions = (scope: RegionScope = 'shaoxing') => useQuery(regionsQueryOptions(scope));

/** A Shaoxing region's name in the current language (its id until the names are in). */
export function useRegionName(): (id: string) => string {
  const regions = useRegions().data;
  const language = useCurrentLanguage();
  return useCallback((id: string) => regionName(regions, id, language), [regions, language]);
}

/** The regions of a scope if some view has loaded them, without asking for them. */
export const useCachedRegions = (scope: RegionScope) => useQuery({ ...regionsQueryOptions(scope), enabled: false });
