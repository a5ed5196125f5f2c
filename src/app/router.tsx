import type { QueryClient } from '@tanstack/react-query';
import { createBrowserRouter, type ShouldRevalidateFunctionArgs } from 'react-router';
import { indicatorId } from '../api/contract/common';
import { indicatorsQueryOptions } from '../api/endpoints/indicators';
import { metaQueryOptions } from '../api/endpoints/meta';
import { regionsQueryOptions } from '../api/endpoints/regions';
import { targetsQueryOptions } from '../api/endpoints/targets';
import { loadChartEngine } from '../components/charts/chart-engine';
import { LoadingState } from '../components/states/states';
import {
  countyCatalogueOptions,
  districtTableOptions,
  selectionOptions,
} from '../features/counties/api/county-queries';
import { DEFAULT_INDICATOR } from '../features/counties/model/measure-choice';
import {
  economyTargetsOptions,
  regionSeriesOptions,
  sixDistrictsOptions,
} from '../features/economy/api/use-indicator-series';
import { isDistrict } from '../domain/regions';
import { ECONOMY_INDICATORS } from '../domain/main-indicators';
import { overviewQueries } from '../features/overview/api/overview-queries';
import { cityFiguresOptions, elevenCities, zhejiangCitiesOptions } from '../features/overview/api/use-city-comparison';
import { measuringIndicators, trackerObservationsOptions } from '../features/targets/api/use-tracker-data';
import { TARGET_YEAR } from '../features/targets/model/target-view';
import { pageOfPath, selectedFilters } from '../filters/use-global-filters';
import { Layout } from './layout';
import { RedirectToEconomy } from './routes/redirect-to-economy';
import { RouteError } from './route-error';
import { refuse, revalidateGuard, urlGuardLoader } from './url-guard';
import { guardTargetParams, targetParamIds } from '../features/targets/model/page-params';

/**
 * A loader runs again only when a parameter it reads has changed: a change of language, theme or
 * mode re-renders the page from the cache without asking the API for anything.
 */
const revalidateOn =
  (...params: string[]) =>
  ({ currentUrl, nextUrl }: ShouldRevalidateFunctionArgs) =>
    currentUrl.pathname !== nextUrl.pathname ||
    params.some((name) => currentUrl.searchParams.get(name) !== nextUrl.searchParams.get(name));

/**
 * Pages are split into their own chunks and loaded when first visited. Each page's loader starts
 * the requests for the view its URL names, in parallel with the page's chunk and the chart engine,
 * and waits for the figures it shows first, so that a change of district or period keeps the old
 * figures on screen until the new ones are in. A failed request is the widget's to show: loaders
 * never fail on one.
 */
export function createRouter(queryClient: QueryClient) {
  const start = (...requests: Promise<unknown>[]) => {
    for (const request of requests) void request.catch(() => undefined);
  };
  const settle = async (...requests: Promise<unknown>[]) => {
    await Promise.allSettled(requests);
    return null;
  };
  const prefetch: QueryClient['prefetchQuery'] = (options) => queryClient.prefetchQuery(options);
  const ensure: QueryClient['ensureQueryData'] = (options) => queryClient.ensureQueryData(options);
  /** The URL's filters with their defaults; the default period needs /meta, the rest does not. */
  const filtersOf = async (request: Request) => {
    const url = new URL(request.url);
    const meta = await ensure(metaQueryOptions()).catch(() => null);
    // Without meta the layout shows its error; the period then falls back like a missing default.
    return selectedFilters(url.searchParams, meta, pageOfPath(url.pathname));
  };

  return createBrowserRouter([
    {
      path: '/',
      Component: Layout,
      HydrateFallback: LoadingState,
      loader: () => {
        start(prefetch(metaQueryOptions()), prefetch(regionsQueryOptions()));
        return null;
      },
      shouldRevalidate: () => false,
      children: [
        // Pathless, around every page: the URL guard checks the link's parameters before the page
        // renders; a page that fails in the router (a chunk that did not load, a render that
        // threw) shows the app's error state in the page area, with the header still working.
        {
          loader: urlGuardLoader,
          shouldRevalidate: revalidateGuard,
          ErrorBoundary: RouteError,
          children: [
            { index: true, Component: RedirectToEconomy },
            {
              path: 'overview',
              loader: async ({ request }) => {
                // Region and status are in the URL: the area's own figures, the indicators and the
                // targets start at once; the province's figures need the period, so /meta.
                start(loadChartEngine());
                const search = selectedFilters(new URL(request.url).searchParams, null, 'economy');
                const early = overviewQueries(search.region, search.period, search.figureStatus);
                start(prefetch(early.targets));
                const first = [ensure(early.indicators), ensure(early.own)];
                const filters = await filtersOf(request);
                const queries = overviewQueries(filters.region, filters.period, filters.figureStatus);
                if (queries.priorYear.enabled) start(prefetch(queries.priorYear));
                // The 11 cities' figures are below the first screen: started, not waited for.
                start(
                  ensure(zhejiangCitiesOptions()).then((cities) =>
                    prefetch(cityFiguresOptions(elevenCities(cities), filters.period)),
                  ),
                );
                return settle(...first, ensure(queries.province), ensure(queries.six));
              },
              shouldRevalidate: revalidateOn('region', 'period', 'illustrative'),
              lazy: { Component: async () => (await import('./routes/overview')).OverviewRoute },
            },
            {
              path: 'economy',
              loader: async ({ request }) => {
                start(loadChartEngine());
                start(prefetch(indicatorsQueryOptions(ECONOMY_INDICATORS)), prefetch(economyTargetsOptions()));
                // Region and status are in the URL itself: the figures start before /meta is in.
                const search = selectedFilters(new URL(request.url).searchParams, null, 'economy');
                const own = ensure(regionSeriesOptions(search.region, search.figureStatus));
                if (!isDistrict(search.region)) return settle(own);
                const filters = await filtersOf(request);
                return settle(own, ensure(sixDistrictsOptions(filters.period, filters.figureStatus)));
              },
              shouldRevalidate: revalidateOn('region', 'period', 'illustrative'),
              lazy: { Component: async () => (await import('./routes/economy')).EconomyRoute },
            },
            {
              path: 'counties',
              loader: async ({ request }) => {
                start(loadChartEngine());
                start(prefetch(countyCatalogueOptions()));
                const raw = new URL(request.url).searchParams.get('indicator');
                const indicator = raw !== null && indicatorId.safeParse(raw).success ? raw : DEFAULT_INDICATOR;
                const filters = await filtersOf(request);
                return settle(
                  ensure(selectionOptions(indicator, filters.figureStatus)),
                  ensure(districtTableOptions(filters.period, filters.figureStatus)),
                );
              },
              shouldRevalidate: revalidateOn('period', 'illustrative', 'indicator'),
              lazy: { Component: async () => (await import('./routes/counties')).CountiesRoute },
            },
            {
              path: 'targets',
              loader: async ({ request }) => {
                start(loadChartEngine());
                const targets = await ensure(targetsQueryOptions(TARGET_YEAR)).catch(() => null);
                if (!targets) return null;
                // A link naming an area or a target the data does not have: refused like a malformed value.
                const url = new URL(request.url);
                const search = new URLSearchParams(url.search);
                const unknown = guardTargetParams(search, targetParamIds(targets));
                if (unknown.length > 0)
                  throw refuse(
                    url,
                    search,
                    unknown.map((u) => ({ ...u, scope: 'targets' as const })),
                  );
                return settle(
                  ensure(trackerObservationsOptions(targets.targets)),
                  ensure(indicatorsQueryOptions(measuringIndicators(targets.targets))),
                );
              },
              shouldRevalidate: revalidateOn(),
              lazy: { Component: async () => (await import('./routes/targets')).TargetsRoute },
            },
            { path: '*', lazy: { Component: async () => (await import('./routes/not-found')).NotFoundRoute } },
          ],
        },
      ],
    },
  ]);
}
