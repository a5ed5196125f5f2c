import { queryOptions, useQuery } from '@tanstack/react-query';
import { getJson } from '../../lib/api-client';
import type { IndicatorId, RegionId } from '../contract/common';
import { indicatorsResponse } from '../contract/indicators';

/** The catalogue, or only the indicators a page shows (`ids`): a page asks for what it needs. */
export const indicatorsQueryOptions = (ids?: readonly IndicatorId[]) => {
  const only = ids ? [...ids].sort() : undefined;
  return queryOptions({
    queryKey: ['indicators', { ids: only }],
    queryFn: ({ signal }) =>
      getJson('/indicators', indicatorsResponse, { signal, params: { id: only } }).then((body) => body.data),
  });
};

export const useIndicators = (ids?: readonly IndicatorId[]) => useQuery(indicatorsQueryOptions(ids));

/**
 * The indicators with at least one figure for one of `regions`: what a comparison of those regions
 * can offer (a picker that lists indicators nobody has figures for only leads to empty views).
 */
export const indicatorsForRegionsOptions = (regions: readonly RegionId[]) => {
  const sorted = [...regions].sort();
  return queryOptions({
    queryKey: ['indicators', { regions: sorted }],
    enabled: sorted.length > 0,
    queryFn: ({ signal }) =>
      getJson('/indicators', indicatorsResponse, { signal, params: { region: sorted } }).then((body) => body.data),
  });
};
