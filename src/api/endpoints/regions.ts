import { queryOptions, useQuery } from '@tanstack/react-query';
import { getJson } from '../../lib/api-client';
import { regionsResponse } from '../contract/regions';

export const regionsQueryOptions = () =>
  queryOptions({
    queryKey: ['regions'],
    queryFn: ({ signal }) => getJson('/regions', regionsResponse, { signal }).then((body) => body.data),
  });

export const useRegions = () => useQuery(regionsQueryOptions());
