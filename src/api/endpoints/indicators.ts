import { queryOptions, useQuery } from '@tanstack/react-query';
import { getJson } from '../../lib/api-client';
import { indicatorsResponse } from '../contract/indicators';

export const indicatorsQueryOptions = () =>
  queryOptions({
    queryKey: ['indicators'],
    queryFn: ({ signal }) => getJson('/indicators', indicatorsResponse, { signal }).then((body) => body.data),
  });

export const useIndicators = () => useQuery(indicatorsQueryOptions());
