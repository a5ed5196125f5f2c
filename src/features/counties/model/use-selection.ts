import type { Indicator } from '../../../api/contract/indicators';
import { useQuery } from '@tanstack/react-query';
import { usePageFilters } from '../../../filters/use-global-filters';
import { countyCatalogueOptions, selectionOptions } from '../api/county-queries';
import { availableMeasures, DEFAULT_INDICATOR, defaultMeasure, type MeasureChoice } from './measure-choice';
import { useCountyParams } from './use-county-params';

/**
 * The indicator and measure the page compares, resolved against the catalogue and the figures:
 * an unknown indicator falls back to GDP and a measure without figures to the default, and both
 * say so. The observations of the indicator cover every period, for rank changes.
 */
export function useSelection() {
  const params = useCountyParams();
  const { figureStatus } = usePageFilters();
  const catalogue = useQuery(countyCatalogueOptions());
  const known = catalogue.data?.find((i) => i.id === params.indicatorParam);
  const invalidIndicator = params.indicatorParam !== null && catalogue.data !== undefined && !known;
  const indicatorId = known?.id ?? DEFAULT_INDICATOR;
  const indicator: Indicator | undefined = catalogue.data?.find((i) => i.id === indicatorId);

  const observations = useQuery(selectionOptions(indicatorId, figureStatus));
  const measures = observations.data ? availableMeasures(observations.data) : [];
  const fallback = defaultMeasure(indicator, measures);
  const measureUsable =
    params.measureParam !== null && (observations.isPending || measures.includes(params.measureParam));
  const measure: MeasureChoice = measureUsable && params.measureParam ? params.measureParam : fallback;
  // A measure the guard let through (a valid name) may still have no figures for this indicator.
  const invalidMeasure =
    params.measureParam !== null && observations.data && !measureUsable ? params.measureParam : null;

  return {
    ...params,
    catalogue,
    indicator,
    indicatorId,
    invalidIndicator: invalidIndicator ? params.indicatorParam : null,
    observations,
    measures,
    measure,
    defaultMeasure: fallback,
    invalidMeasure,
  };
}
