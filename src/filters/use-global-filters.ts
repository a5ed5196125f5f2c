import { useCallback } from 'react';
import { useLocation, useSearchParams } from 'react-router';
import { useMeta } from '../api/endpoints/meta';
import { isDashboardPeriod, type DashboardPeriod } from '../lib/periods';
import type { FigureStatus } from '../api/contract/common';
import type { Meta, PageWithPeriod } from '../api/contract/meta';
import { readGlobalParams, STATIC_DEFAULTS, writeGlobalParams, type IllustrativeDisplay } from './url-params';
import { type FilterRegion } from '../domain/regions';
import { useEffectiveSearch } from './use-effective-search';
import { useSearchUpdate } from './use-search-update';

/** The filters as the controls show them, with the setters (see usePageFilters for what pages show). */
export interface GlobalFilters {
  region: FilterRegion;
  period: DashboardPeriod;
  defaultPeriod: DashboardPeriod;
  illustrative: IllustrativeDisplay;
  /** The status filter for observation queries: `published` when illustrative figures are hidden. */
  figureStatus: FigureStatus | undefined;
  setRegion: (region: FilterRegion) => void;
  setPeriod: (period: DashboardPeriod) => void;
  setIllustrative: (display: IllustrativeDisplay) => void;
}

/** The page a path shows, for its default period: the wall and unknown paths take the economy's. */
export function pageOfPath(pathname: string): PageWithPeriod {
  const first = pathname.split('/').find((part) => part !== '');
  return first === 'counties' || first === 'targets' ? first : 'economy';
}

/**
 * Each page opens on the period where the published record is richest for what it shows (the city's
 * headline figures, the districts, the progress reports), so that it opens on statistics rather
 * than on illustrative fill; the API says which.
 */
export const defaultPeriodOf = (meta: Pick<Meta, 'defaultPeriods'> | null, page: PageWithPeriod): DashboardPeriod => {
  const period = meta?.defaultPeriods[page];
  return period !== undefined && isDashboardPeriod(period) ? period : '2024Q1';
};

/**
 * What the URL selects, defaults applied: the hook below for components, and the route loaders,
 * which start a page's requests for the view the URL names before it renders.
 */
export function selectedFilters(
  search: URLSearchParams,
  meta: Pick<Meta, 'defaultPeriods'> | null,
  page: PageWithPeriod,
) {
  const { params } = readGlobalParams(search);
  const illustrative = params.illustrative ?? STATIC_DEFAULTS.illustrative;
  return {
    region: params.region ?? STATIC_DEFAULTS.region,
    period: params.period ?? defaultPeriodOf(meta, page),
    illustrative,
    figureStatus: illustrative === 'hide' ? ('published' as const) : undefined,
  };
}

export type PageFilters = Omit<GlobalFilters, 'setRegion' | 'setPeriod' | 'setIllustrative'>;

/**
 * What the page shows: the filters of the URL that has landed, with their defaults. A change of
 * district or period shows on the page when its navigation lands, with the figures its loader has
 * waited for; until then the page keeps the previous view whole. Pages read this rather than
 * {@link useGlobalFilters}, which follows the pending navigation: it re-renders with every change
 * of the router's navigation state, and names an area whose figures may not be in yet.
 */
export function usePageFilters(): PageFilters {
  const meta = useMeta();
  const [search] = useSearchParams();
  const page = pageOfPath(useLocation().pathname);
  const defaultPeriod = defaultPeriodOf(meta, page);
  return { ...selectedFilters(search, meta, page), defaultPeriod };
}

/**
 * District and period as the controls show them: the URL a pending navigation is going to, else
 * the current one, with their defaults; setters push a history entry.
 */
export function useGlobalFilters(): GlobalFilters {
  const meta = useMeta();
  const updateSearch = useSearchUpdate();
  const effectiveSearch = useEffectiveSearch();
  const page = pageOfPath(useLocation().pathname);
  const chosen = selectedFilters(effectiveSearch, meta, page);
  const defaultPeriod = defaultPeriodOf(meta, page);
  // The control shows the choice at once; the page follows as the navigation lands.
  const update = useCallback(
    (changes: Parameters<typeof writeGlobalParams>[1]) =>
      updateSearch((search) => writeGlobalParams(search, changes, { ...STATIC_DEFAULTS, period: defaultPeriod })),
    [updateSearch, defaultPeriod],
  );

  return {
    ...chosen,
    defaultPeriod,
    setRegion: useCallback((region) => update({ region }), [update]),
    setPeriod: useCallback((period) => update({ period }), [update]),
    setIllustrative: useCallback((display) => update({ illustrative: display }), [update]),
  };
}
