import { queryOptions, useQuery } from '@tanstack/react-query';
import { getJson } from '../../lib/api-client';
import { targetsResponse } from '../contract/targets';

export const targetsQueryOptions = (year: number) =>
  queryOptions({
    queryKey: ['targets', { year }],
    queryFn: ({ signal }) =>
      getJson('/targets', targetsResponse, { signal, params: { year: String(year) } }).then((body) => body.data),
  });

export const useTargets = (year: number) => useQuery(targetsQueryOptions(year));
