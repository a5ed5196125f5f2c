import { queryOptions, useQuery } from '@tanstack/react-query';
import { getJson } from '../../lib/api-client';
import { CitationReader } from '../contract/citations';
import type { IndicatorId } from '../contract/common';
import { targetsResponse, type TargetsResponse } from '../contract/targets';

/** A validated /targets body as the app uses it: every citation resolved, or a CitationError. */
export function decodeTargets(body: TargetsResponse) {
  const reader = new CitationReader(body);
  return {
    areas: body.data.areas,
    targets: body.data.targets.map((t, i) => reader.target(t, `data.targets.${i}`)),
    progress: body.data.progress.map((p, i) => reader.progress(p, `data.progress.${i}`)),
  };
}

/**
 * The targets of a year, with their areas and progress; `indicators` narrows them to the targets
 * linked to those indicators (a page that only judges its headline figures asks for no more).
 */
export const targetsQueryOptions = (year: number, indicators?: readonly IndicatorId[]) => {
  const only = indicators ? [...indicators].sort() : undefined;
  return queryOptions({
    queryKey: ['targets', { year, indicators: only }],
    queryFn: ({ signal }) =>
      getJson('/targets', targetsResponse, {
        signal,
        params: { year: String(year), indicator: only },
        decode: decodeTargets,
      }),
  });
};

export const useTargets = (year: number, indicators?: readonly IndicatorId[]) =>
  useQuery(targetsQueryOptions(year, indicators));
