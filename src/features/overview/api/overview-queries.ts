import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { FigureStatus } from '../../../api/contract/common';
import { indicatorsQueryOptions } from '../../../api/endpoints/indicators';
import { observationsQueryOptions } from '../../../api/endpoints/observations';
import { targetsQueryOptions } from '../../../api/endpoints/targets';
import { ECONOMY_INDICATORS, MAIN_INDICATORS } from '../../../domain/main-indicators';
import { SIX_DISTRICTS } from '../../../domain/regions';
import { usePageFilters } from '../../../filters/use-global-filters';
import { DASHBOARD_PERIODS, isDashboardPeriod } from '../../../lib/periods';
import { alertsOf } from '../model/alerts';
import { headlineRows, PROVINCE_REGION, samePeriodLastYear, TARGET_YEAR } from '../model/headline-rows';

export const HEADLINE_INDICATORS: readonly string[] = MAIN_INDICATORS.map((m) => m.id);

/**
 * The area's figures over the dashboard periods: the same request as the city-economy page's (same
 * filter, so one cache entry between the two pages).
 */
const regionSeriesOptions = (region: string, status: FigureStatus | undefined) =>
  observationsQueryOptions({ regions: [region], periods: DASHBOARD_PERIODS, indicators: ECONOMY_INDICATORS, status });

/** The 2024 targets on the headline indicators, with their progress: the economy page's request too. */
const headlineTargetsOptions = () => targetsQueryOptions(TARGET_YEAR, HEADLINE_INDICATORS);

/**
 * The province's level and growth of the period, for the gap to the provincial figure. The region's
 * own figures, the indicators and the targets are the economy page's requests.
 */
export const provinceFiguresOptions = (period: string, status: FigureStatus | undefined) =>
  observationsQueryOptions({
    regions: [PROVINCE_REGION],
    periods: [period],
    indicators: HEADLINE_INDICATORS,
    measures: ['level', 'growth'],
    status,
  });

/** The six districts' figures of the period, for the alert of a district last among them: the economy page's request. */
export const sixDistrictsOptions = (period: string, status: FigureStatus | undefined) =>
  observationsQueryOptions({
    regions: SIX_DISTRICTS,
    periods: [period],
    indicators: HEADLINE_INDICATORS,
    measures: ['level', 'growth', 'rank'],
    status,
  });

/**
 * The growth rates of the same period a year earlier, for the change on a year earlier (比上年同期),
 * where the area's series does not hold that period: the dashboard periods cover every year before
 * an offered one except the first (2022's year before is not offered). Elsewhere it is not asked for.
 */
export function priorYearOptions(region: string, period: string, status: FigureStatus | undefined) {
  const earlier = samePeriodLastYear(period);
  const options = observationsQueryOptions({
    regions: [region],
    periods: [earlier ?? period],
    indicators: HEADLINE_INDICATORS,
    measures: ['growth'],
    status,
  });
  return { ...options, enabled: earlier !== null && !isDashboardPeriod(earlier) };
}

/** Every request the overview's first screen needs, for the route loader to start with the chunk. */
export function overviewQueries(region: string, period: string, status: FigureStatus | undefined) {
  return {
    indicators: indicatorsQueryOptions(ECONOMY_INDICATORS),
    own: regionSeriesOptions(region, status),
    priorYear: priorYearOptions(region, period, status),
    province: provinceFiguresOptions(period, status),
    six: sixDistrictsOptions(period, status),
    targets: headlineTargetsOptions(),
  };
}

/**
 * The headline rows of the selected area and period. The table waits for the indicators and the
 * area's own figures; the province's figures and the targets failing cost their columns (said on
 * the page), not the table.
 */
export function useHeadlineRows() {
  const { region, period, figureStatus } = usePageFilters();
  const queries = overviewQueries(region, period, figureStatus);
  const indicators = useQuery(queries.indicators);
  const own = useQuery(queries.own);
  const priorYear = useQuery(queries.priorYear);
  const province = useQuery(queries.province);
  const targets = useQuery(queries.targets);
  const six = useQuery(queries.six);
  const rows = useMemo(() => {
    if (!indicators.data || !own.data) return undefined;
    const byId = new Map(indicators.data.map((i) => [i.id, i]));
    return headlineRows({
      indicators: HEADLINE_INDICATORS.flatMap((id) => byId.get(id) ?? []),
      region,
      period,
      // A failed or absent prior year costs only the change on a year earlier: nothing is said of it.
      own: priorYear.data ? [...own.data, ...priorYear.data] : own.data,
      province: province.data ?? [],
      targets: targets.data?.targets ?? [],
      progress: targets.data?.progress ?? [],
    });
  }, [indicators.data, own.data, priorYear.data, province.data, targets.data, region, period]);
  const alerts = useMemo(
    () => (rows && six.data ? alertsOf({ rows, region, period, six: six.data }) : undefined),
    [rows, six.data, region, period],
  );
  const failed = [indicators, own].find((q) => q.isError);
  return {
    rows,
    alerts,
    alertsUnavailable: six.isError,
    isPending: indicators.isPending || own.isPending,
    error: failed?.error ?? null,
    retry: () => {
      void indicators.refetch();
      void own.refetch();
    },
    provinceUnavailable: province.isError,
    targetsUnavailable: targets.isError,
  };
}
