import { queryOptions, useQuery } from '@tanstack/react-query';
import { getJson } from '../../lib/api-client';
import { CitationReader } from '../contract/citations';
import type { FigureStatus, IndicatorId, PeriodId, RegionId } from '../contract/common';
import { figureKey, observationsResponse, type Measure, type Observation } from '../contract/observations';

/**
 * What a view shows, and so what it asks for. Every list is required: a request without the filters
 * of what is shown would ask the API for everything it has.
 */
export interface ObservationFilter {
  regions: readonly RegionId[];
  periods: readonly PeriodId[];
  indicators: readonly IndicatorId[];
  measures?: readonly Measure[];
  /** `published` leaves illustrative figures out. */
  status?: FigureStatus;
}

/** Sorted copies, so that the same filter written in another order shares one cache entry. */
function normalize(filter: ObservationFilter): ObservationFilter {
  const sorted = <T extends string>(list: readonly T[]) => [...list].sort();
  return {
    regions: sorted(filter.regions),
    periods: sorted(filter.periods),
    indicators: sorted(filter.indicators),
    measures: filter.measures ? sorted(filter.measures) : undefined,
    status: filter.status,
  };
}

export function decodeObservations(body: ReturnType<typeof observationsResponse.parse>): Observation[] {
  const reader = new CitationReader(body);
  // The contract has refused two different values for one figure; the same figure sent twice is merged.
  const seen = new Set<string>();
  return body.data.flatMap((record, i) => {
    const key = figureKey(record);
    if (seen.has(key)) return [];
    seen.add(key);
    return [reader.observation(record, `data.${i}`)];
  });
}

export const observationsQueryOptions = (filter: ObservationFilter) => {
  const normalized = normalize(filter);
  // An empty list would mean "no filter" to the API: such a view shows nothing, so it asks nothing.
  const empty =
    normalized.regions.length === 0 || normalized.periods.length === 0 || normalized.indicators.length === 0;
  return queryOptions({
    queryKey: ['observations', normalized],
    enabled: !empty,
    // Also when fetched directly (a loader's ensureQueryData ignores `enabled`).
    queryFn: ({ signal }): Promise<Observation[]> =>
      empty
        ? Promise.resolve([])
        : getJson('/observations', observationsResponse, {
            signal,
            params: {
              region: normalized.regions,
              period: normalized.periods,
              indicator: normalized.indicators,
              measure: normalized.measures,
              status: normalized.status,
            },
            decode: decodeObservations,
          }),
  });
};

export const useObservations = (filter: ObservationFilter) => useQuery(observationsQueryOptions(filter));
