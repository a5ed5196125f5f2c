import { Suspense, use, useCallback, useMemo } from 'react';
import { ErrorBoundary } from 'react-error-boundary';
import { useTranslation } from 'react-i18next';
import { ChartPanel } from '../../../components/chart-panel/chart-panel';
import { EChart, type ChartEventHandler } from '../../../components/charts/echart';
import { EmptyState, ErrorState, LoadingState } from '../../../components/states/states';
import { useGlobalFilters, usePageFilters } from '../../../filters/use-global-filters';
import { FILTER_REGION_IDS, type FilterRegion } from '../../../domain/regions';
import { formatPeriod } from '../../../lib/format';
import { isSecondarySource } from '../../../domain/reliability';
import { useChartTheme } from '../../../filters/use-chart-theme';
import { loadCountiesEngine } from '../charts/load-counties-engine';
import { buildMapOption } from '../charts/map-option';
import { useSelection } from '../model/use-selection';
import { useFigureText } from './use-figure-text';
import { useRankingData } from './use-ranking-data';
import { localized } from '../../../lib/language';

/** Waits for the map modules and boundaries (a chunk of this page only), then draws. */
function EngineGate({ children }: { children: React.ReactNode }) {
  use(loadCountiesEngine());
  return <>{children}</>;
}

/** Renders its children once the page's chart modules (map, scatter) are registered. */
export function WithCountiesEngine({ children, height }: { children: React.ReactNode; height: number }) {
  return (
    <ErrorBoundary
      fallbackRender={({ error, resetErrorBoundary }) => (
        <ErrorState error={error} onRetry={resetErrorBoundary} compact />
      )}
    >
      <Suspense
        fallback={
          <div style={{ minHeight: height }}>
            <LoadingState />
          </div>
        }
      >
        <EngineGate>{children}</EngineGate>
      </Suspense>
    </ErrorBoundary>
  );
}

/** A choropleth of the six; clicking a district selects it in the global filter. */
export function MapPanel() {
  const { t } = useTranslation(['counties', 'common']);
  const theme = useChartTheme();
  const text = useFigureText();
  const { period, region } = usePageFilters();
  const { setRegion } = useGlobalFilters();
  const { indicator, indicatorId, measure, observations } = useSelection();
  const data = useRankingData();
  const indicatorName = indicator ? localized(indicator.name, text.language) : indicatorId;
  // Without a single figure there is nothing to colour, and a legend would invent a range (0–1).
  const anyFigure = data.rows.some((r) => r.figure);

  const option = useMemo(
    () =>
      buildMapOption(
        {
          areas: data.rows.map((row) => ({
            code: row.region,
            name: text.chartName(row.region),
            value: row.figure?.value ?? null,
            illustrative: row.status === 'illustrative',
            secondary: row.figure !== null && isSecondarySource(row.figure.source),
            selected: row.region === region,
            tooltip: data.tooltipOf(row),
          })),
          formatValue: (v) => text.value(measure, v, data.unit),
          legendUnit: text.unitLabel(measure, data.unit),
          missingLabel: '—',
          secondaryLabel: t('common:figure.secondaryShort'),
          higherIsBetter: indicator?.higherIsBetter ?? true,
        },
        theme,
      ),
    [data, indicator?.higherIsBetter, measure, region, t, text, theme],
  );

  const onClick = useCallback<ChartEventHandler>(
    (params) => {
      const code = params.name;
      if (code && (FILTER_REGION_IDS as readonly string[]).includes(code)) setRegion(code as FilterRegion);
    },
    [setRegion],
  );
  const onEvents = useMemo(() => ({ click: onClick }), [onClick]);

  return (
    <ChartPanel
      testId="counties-map"
      title={t('counties:map.title', { indicator: indicatorName, measure: t(`counties:measure.${measure}`) })}
      subtitle={`${formatPeriod(period, text.language)} · ${t('counties:map.legendUnit', { unit: text.unitLabel(measure, data.unit) })} · ${t('counties:map.hint')}`}
      query={observations}
      chart={
        anyFigure ? (
          <WithCountiesEngine height={540}>
            <EChart
              option={option}
              height={540}
              ariaLabel={t('counties:map.aria', { indicator: indicatorName })}
              onEvents={onEvents}
              testId="counties-map-chart"
            />
          </WithCountiesEngine>
        ) : (
          <EmptyState message={t('counties:map.empty')} />
        )
      }
      columns={data.columns}
      rows={data.tableRows}
      sources={data.sources}
      exportName={{ page: 'counties', subject: [indicatorId, measure, 'map'], period }}
      disclaimer={t('counties:map.credit')}
      footnote={
        <p className="counties-note" data-testid="counties-map-credit">
          {t('counties:map.credit')}
        </p>
      }
    />
  );
}
