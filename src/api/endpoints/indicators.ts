import { queryOptions, useQuery } from '@tanstack/react-query';
import { getJson } from '../../lib/api-client';
import type { IndicatorId } from '../contract/common';
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
