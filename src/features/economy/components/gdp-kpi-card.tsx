import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Observation } from '../../../api/contract/observations';
import { useObservations } from '../../../api/endpoints/observations';
import { useRegions } from '../../../api/endpoints/regions';
import { EChart } from '../../../components/charts/echart';
import { IllustrativeMarker } from '../../../components/illustrative-marker';
import { SourceNote } from '../../../components/source-note';
import { ErrorState, LoadingState, MissingFigure } from '../../../components/states/states';
import { useGlobalFilters } from '../../../filters/use-global-filters';
import { formatFigure, formatGrowth, formatPeriod, formatPeriodAxis } from '../../../lib/format';
import { DASHBOARD_PERIODS } from '../../../lib/periods';
import { useCurrentLanguage } from '../../../lib/use-current-language';
import { buildGrowthSparklineOption } from '../charts/growth-sparkline-option';
import { pickKpiFigures, trendPoints } from '../model/kpi-figures';
import './kpi-card.css';

function FigureLine({
  label,
  figure,
  testId,
  suffix,
  prominent = false,
}: {
  label: string;
  figure: Observation | null;
  testId: string;
  suffix?: string;
  prominent?: boolean;
}) {
  const language = useCurrentLanguage();
  return (
    <div
      className={`kpi-card__line${prominent ? ' kpi-card__line--prominent' : ''}`}
      data-testid={testId}
      data-status={figure?.status ?? 'missing'}
    >
      <span className="kpi-card__label">{label}</span>
      {figure ? (
        <>
          <span className="kpi-card__figure">{formatFigure(figure, language)}</span>
          {suffix && <span className="kpi-card__suffix">{suffix}</span>}
          {figure.status === 'illustrative' && <IllustrativeMarker />}
          <SourceNote source={figure.source} />
        </>
      ) : (
        <MissingFigure showReason />
      )}
    </div>
  );
}

/** GDP of the selected area and period: level, real growth and rank, each with its source. */
export function GdpKpiCard() {
  const { t } = useTranslation(['economy', 'common']);
  const language = useCurrentLanguage();
  const { region, period, figureStatus } = useGlobalFilters();
  const regions = useRegions();
  const query = useObservations({
    regions: [region],
    indicators: ['gdp'],
    periods: DASHBOARD_PERIODS,
    status: figureStatus,
  });

  const regionName = regions.data?.find((r) => r.id === region)?.name[language === 'zh-CN' ? 'zh' : 'en'] ?? region;
  const figures = query.data ? pickKpiFigures(query.data, region, period) : null;
  const growthSuffix = figures?.growth
    ? t(figures.growth.growthBasis === 'nominal' ? 'common:figure.growthNominal' : 'common:figure.growthReal')
    : undefined;

  const sparkline = useMemo(() => {
    if (!query.data) return null;
    // GDP growth is official at comparable prices; a nominal rate (from a forum) stays off the line.
    const points = trendPoints(query.data, region, 'growth', DASHBOARD_PERIODS, 'real');
    // A trend needs two points at least; one dot says nothing.
    if (points.filter((p) => p.value !== null).length < 2) return null;
    return buildGrowthSparklineOption({
      points,
      selectedPeriod: period,
      label: (id) => formatPeriod(id, language),
      axisLabel: (id) => formatPeriodAxis(id, language),
      formatValue: (value) => formatGrowth(value, language),
      seriesName: t('economy:kpi.gdp'),
      illustrativeLabel: t('common:figure.illustrativeLong'),
      colors: { line: '#1f6fb2', selected: '#c2410c', illustrative: '#8a8a8a' },
    });
  }, [query.data, region, period, language, t]);

  return (
    <article className="kpi-card" data-testid="kpi-gdp" aria-labelledby="kpi-gdp-title">
      <header className="kpi-card__header">
        <h3 id="kpi-gdp-title" className="kpi-card__title">
          {t('economy:kpi.gdp')}
        </h3>
        <span className="kpi-card__context" data-testid="kpi-gdp-context">
          {regionName} · {formatPeriod(period, language)}
        </span>
      </header>
      {query.isPending && <LoadingState />}
      {query.isError && <ErrorState error={query.error} onRetry={() => void query.refetch()} compact />}
      {figures && (
        <>
          <FigureLine label={t('economy:kpi.level')} figure={figures.level} testId="kpi-gdp-level" prominent />
          <FigureLine
            label={t('economy:kpi.growth')}
            figure={figures.growth}
            testId="kpi-gdp-growth"
            suffix={growthSuffix}
            prominent
          />
          {figures.rank && <FigureLine label={t('economy:kpi.rank')} figure={figures.rank} testId="kpi-gdp-rank" />}
          {sparkline && (
            <EChart
              option={sparkline}
              height={110}
              ariaLabel={`${t('common:chart.trend')}: ${t('economy:kpi.gdp')} · ${regionName}`}
              testId="kpi-gdp-trend"
            />
          )}
        </>
      )}
    </article>
  );
}
