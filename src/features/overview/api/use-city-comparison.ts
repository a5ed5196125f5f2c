import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { indicatorsQueryOptions } from '../../../api/endpoints/indicators';
import { observationsQueryOptions } from '../../../api/endpoints/observations';
import { regionsQueryOptions } from '../../../api/endpoints/regions';
import { ECONOMY_INDICATORS } from '../../../domain/main-indicators';
import { CITY_REGION } from '../../../domain/regions';
import { usePageFilters } from '../../../filters/use-global-filters';
import { cityComparison, comparableIndicators } from '../model/city-ranking';
import { PROVINCE_REGION } from '../model/headline-rows';
import { HEADLINE_INDICATORS } from './overview-queries';

export const zhejiangCitiesOptions = () => regionsQueryOptions('zhejiang-cities');

/** The 11 cities (in code order) and the province, published figures only: a city is never filled. */
export const cityFiguresOptions = (cityIds: readonly string[], period: string) =>
  observationsQueryOptions({
    regions: [...cityIds, PROVINCE_REGION],
    periods: [period],
    indicators: HEADLINE_INDICATORS,
    measures: ['level', 'growth', 'rank'],
    status: 'published',
  });

export const elevenCities = (others: readonly { id: string }[]) =>
  [...new Set([...others.map((r) => r.id), CITY_REGION])].sort();

/** Shaoxing among the 11 in the selected period, for the indicators another city has figures for. */
export function useCityComparison() {
  const { period } = usePageFilters();
  const regions = useQuery(zhejiangCitiesOptions());
  const cityIds = useMemo(() => (regions.data ? elevenCities(regions.data) : []), [regions.data]);
  const figures = useQuery({ ...cityFiguresOptions(cityIds, period), enabled: cityIds.length > 0 });
  const indicators = useQuery(indicatorsQueryOptions(ECONOMY_INDICATORS));
  const comparisons = useMemo(() => {
    if (!figures.data || !indicators.data) return undefined;
    const headline = HEADLINE_INDICATORS.flatMap((id) => indicators.data.find((i) => i.id === id) ?? []);
    return comparableIndicators(headline, figures.data, cityIds).map((indicator) =>
      cityComparison(indicator, figures.data, cityIds, period),
    );
  }, [figures.data, indicators.data, cityIds, period]);
  const failed = [regions, figures, indicators].find((q) => q.isError);
  return {
    regions: regions.data,
    comparisons,
    isPending: regions.isPending || figures.isPending || indicators.isPending,
    isError: Boolean(failed),
    error: failed?.error ?? null,
    refetch: () => {
      void regions.refetch();
      void figures.refetch();
    },
  };
}
