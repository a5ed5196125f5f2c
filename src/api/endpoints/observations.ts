import { queryOptions, useQuery } from '@tanstack/react-query';
import { getJson } from '../../lib/api-client';
import type { FigureStatus, IndicatorId, PeriodId, RegionId } from '../contract/common';
import { observationsResponse, type Measure } from '../contract/observations';

export interface ObservationFilter {
  regions?: readonly RegionId[];
  periods?: readonly PeriodId[];
  indicators?: readonly IndicatorId[];
  measures?: readonly Measure[];
  /** `published` leaves illustrative figures out. */
  status?: FigureStatus;
}

/** Sorted copies, so that the same filter written in another order shares one cache entry. */
function normalize(filter: ObservationFilter): ObservationFilter {
  const sorted = <T extends string>(list?: readonly T[]) => (list ? [...list].sort() : undefined);
  return {
    regions: sorted(filter.regions),
    periods: sorted(filter.periods),
    indicators: sorted(filter.indicators),
    measures: sorted(filter.measures),
    status: filter.status,
  };
}

export const observationsQueryOptions = (filter: ObservationFilter) => {
  const normalized = normalize(filter);
  return queryOptions({
    queryKey: ['observations', normalized],
    queryFn: ({ signal }) =>
      getJson('/observations', observationsResponse, {
        signal,
        params: {
          region: normalized.regions,
          period: normalized.periods,
          indicator: normalized.indicators,
          measure: normalized.measures,
          status: normalized.status,
        },
      }).then((body) => body.data),
  });
};

export const useObservations = (filter: ObservationFilter) => useQuery(observationsQueryOptions(filter));
