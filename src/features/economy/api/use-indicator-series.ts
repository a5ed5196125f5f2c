import { DASHBOARD_PERIODS } from '../../../lib/periods';
import { useObservations } from '../../../api/endpoints/observations';
import { FILTER_REGION_IDS } from '../../../filters/url-params';
import { useGlobalFilters } from '../../../filters/use-global-filters';

/**
 * Every figure of some indicators for the city, the six and 滨海新区 over the dashboard periods.
 * One request per widget: the card and the trend of an indicator share it (same key), and a failed
 * request costs that widget only. The region is not in the key, so switching district is instant.
 */
export function useIndicatorSeries(indicators: readonly string[]) {
  const { figureStatus } = useGlobalFilters();
  return useObservations({
    regions: FILTER_REGION_IDS,
    indicators,
    periods: DASHBOARD_PERIODS,
    status: figureStatus,
  });
}
