import type { FigureStatus } from '../../../api/contract/common';
import { indicatorsForRegionsOptions } from '../../../api/endpoints/indicators';
import { observationsQueryOptions } from '../../../api/endpoints/observations';
import { DASHBOARD_PERIODS } from '../../../lib/periods';
import { BINHAI, FILTER_REGION_IDS, SIX_DISTRICTS } from '../../../domain/regions';
import { MAIN_TABLE_INDICATORS } from '../model/districts';

/** One indicator for the areas compared, over every period (rank changes need the earlier ones). */
export const selectionOptions = (indicator: string, status: FigureStatus | undefined) =>
  observationsQueryOptions({
    regions: FILTER_REGION_IDS,
    periods: DASHBOARD_PERIODS,
    indicators: [indicator],
    measures: ['level', 'growth', 'rank'],
    status,
  });

/** The district table: the main indicators of the selected period. */
export const districtTableOptions = (period: string, status: FigureStatus | undefined) =>
  observationsQueryOptions({
    regions: FILTER_REGION_IDS,
    periods: [period],
    indicators: MAIN_TABLE_INDICATORS.map((s) => s.indicator),
    measures: ['level', 'growth'],
    status,
  });

/** The indicators the page can compare: those with figures for the districts (and 滨海新区). */
export const countyCatalogueOptions = () => indicatorsForRegionsOptions([...SIX_DISTRICTS, BINHAI]);
