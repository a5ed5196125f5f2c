import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { FigureStatus } from '../../../api/contract/common';
import type { Observation } from '../../../api/contract/observations';
import { observationsQueryOptions } from '../../../api/endpoints/observations';
import { targetsQueryOptions } from '../../../api/endpoints/targets';
import { CITY_REGION, isDistrict, SIX_DISTRICTS } from '../../../domain/regions';
import { usePageFilters } from '../../../filters/use-global-filters';
import { DASHBOARD_PERIODS } from '../../../lib/periods';
import { ECONOMY_INDICATORS, MAIN_INDICATORS } from '../model/main-indicators';

/**
 * The page's figures in two requests at most: every figure of the selected area over the dashboard
 * periods (cards, trends, structure), and for a district the six districts' figures of the selected
 * period, from which its place among them is computed. The route loader starts both with the page.
 */
export const regionSeriesOptions = (region: string, status: FigureStatus | undefined) =>
  observationsQueryOptions({ regions: [region], periods: DASHBOARD_PERIODS, indicators: ECONOMY_INDICATORS, status });

export const sixDistrictsOptions = (period: string, status: FigureStatus | undefined) =>
  observationsQueryOptions({
    regions: SIX_DISTRICTS,
    periods: [period],
    indicators: MAIN_INDICATORS.map((m) => m.id),
    measures: ['level', 'growth', 'rank'],
    status,
  });

/** Only the targets the cards judge: those linked to the page's indicators. */
export const economyTargetsOptions = () =>
  targetsQueryOptions(
    2024,
    MAIN_INDICATORS.map((m) => m.id),
  );

/**
 * The figures of some indicators, for the selected area and (for a district) the other five. The
 * route loader has them in the cache before a change of district or period lands, so the previous
 * figures stay on screen until then; the six districts' request failing costs the district's place
 * among them, not the card.
 */
export function useIndicatorSeries(indicators: readonly string[]) {
  const { region, period, figureStatus } = usePageFilters();
  const own = useQuery(regionSeriesOptions(region, figureStatus));
  const six = useQuery({ ...sixDistrictsOptions(period, figureStatus), enabled: isDistrict(region) });
  const key = indicators.join(',');
  const data = useMemo((): Observation[] | undefined => {
    if (!own.data) return undefined;
    const wanted = new Set(key.split(','));
    const others = region === CITY_REGION || !six.data ? [] : six.data.filter((o) => o.region !== region);
    return [...own.data, ...others].filter((o) => wanted.has(o.indicator));
  }, [own.data, six.data, region, key]);
  return { data, isPending: own.isPending, isError: own.isError, error: own.error, refetch: own.refetch };
}
