import { queryOptions, useQuery } from '@tanstack/react-query';
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

/** The regions of a scope if some view has loaded them, without asking for them. */
export const useCachedRegions = (scope: RegionScope) => useQuery({ ...regionsQueryOptions(scope), enabled: false });
