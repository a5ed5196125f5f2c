import { useQuery } from '@tanstack/react-query';
import type { IndicatorId } from '../../../api/contract/common';
import type { Target } from '../../../api/contract/targets';
import { indicatorsQueryOptions } from '../../../api/endpoints/indicators';
import { observationsQueryOptions } from '../../../api/endpoints/observations';
import { useTargets } from '../../../api/endpoints/targets';
import { TARGET_YEAR, YEAR_PERIODS, type TrackerData } from '../model/target-view';

/** The linked and related indicators of the year's targets: the figures that can measure them. */
export function measuringIndicators(
  targets: readonly { linked: { indicator: string } | null; relatedTo: { indicator: string } | null }[],
): IndicatorId[] {
  const ids = new Set<string>();
  for (const t of targets) {
    if (t.linked) ids.add(t.linked.indicator);
    if (t.relatedTo) ids.add(t.relatedTo.indicator);
  }
  return [...ids].sort();
}

/** The published figures of the year that measure the targets, for the regions that own them. */
export const trackerObservationsOptions = (targets: readonly Target[]) =>
  observationsQueryOptions({
    regions: [...new Set(targets.map((t) => t.owner))].sort(),
    indicators: measuringIndicators(targets),
    periods: YEAR_PERIODS,
    status: 'published',
  });

export type TrackerQuery =
  | { state: 'pending' }
  | { state: 'error'; error: unknown; retry: () => void }
  | { state: 'success'; data: TrackerData };

/**
 * Targets, indicators and the published figures that measure them. Judging uses published figures
 * only, whatever the illustrative switch says: a demonstration value is never progress.
 */
export function useTrackerData(): TrackerQuery {
  const targets = useTargets(TARGET_YEAR);
  const indicators = useQuery({
    ...indicatorsQueryOptions(measuringIndicators(targets.data?.targets ?? [])),
    enabled: targets.data !== undefined,
  });
  const observations = useQuery(trackerObservationsOptions(targets.data?.targets ?? []));

  const failed = [targets, indicators, observations].find((q) => q.isError);
  if (failed) {
    return {
      state: 'error',
      error: failed.error,
      retry: () => {
        for (const q of [targets, indicators, observations]) if (q.isError) void q.refetch();
      },
    };
  }
  if (!targets.data || !indicators.data) return { state: 'pending' };
  // Targets with nothing to measure them need no figures.
  if (measuringIndicators(targets.data.targets).length > 0 && !observations.data) return { state: 'pending' };
  return {
    state: 'success',
    data: {
      areas: targets.data.areas,
      targets: targets.data.targets,
      progress: targets.data.progress,
      indicators: indicators.data,
      observations: observations.data ?? [],
    },
  };
}
