import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { getJson } from '../../lib/api-client';
import { metaResponse } from '../contract/meta';

export const metaQueryOptions = () =>
  queryOptions({
    queryKey: ['meta'],
    queryFn: ({ signal }) => getJson('/meta', metaResponse, { signal }).then((body) => body.data),
  });

/** Meta is loaded before any page renders (the default period comes from it), so it suspends. */
export const useMeta = () => useSuspenseQuery(metaQueryOptions()).data;
