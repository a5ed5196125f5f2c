import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { useMeta } from '../api/endpoints/meta';
import { isDashboardPeriod, type DashboardPeriod } from '../lib/periods';
import { readGlobalParams, STATIC_DEFAULTS, writeGlobalParams, type FilterRegion } from './url-params';

export interface GlobalFilters {
  region: FilterRegion;
  period: DashboardPeriod;
  defaultPeriod: DashboardPeriod;
  setRegion: (region: FilterRegion) => void;
  setPeriod: (period: DashboardPeriod) => void;
}

/** District and period from the URL, with their defaults; setters push a history entry. */
export function useGlobalFilters(): GlobalFilters {
  const meta = useMeta();
  const [search, setSearch] = useSearchParams();
  const { params } = readGlobalParams(search);
  // The default period is the latest with published data; the API says which.
  const defaultPeriod: DashboardPeriod = isDashboardPeriod(meta.latestPublishedPeriod)
    ? meta.latestPublishedPeriod
    : '2024Q1';
  const update = useCallback(
    (changes: Parameters<typeof writeGlobalParams>[1]) =>
      setSearch((previous) => writeGlobalParams(previous, changes, { ...STATIC_DEFAULTS, period: defaultPeriod })),
    [setSearch, defaultPeriod],
  );

  return {
    region: params.region ?? STATIC_DEFAULTS.region,
    period: params.period ?? defaultPeriod,
    defaultPeriod,
    setRegion: useCallback((region) => update({ region }), [update]),
    setPeriod: useCallback((period) => update({ period }), [update]),
  };
}
