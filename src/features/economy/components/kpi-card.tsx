import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Indicator } from '../../../api/contract/indicators';
import type { Observation } from '../../../api/contract/observations';
import type { Target } from '../../../api/contract/targets';
import { EChart } from '../../../components/charts/echart';
import { IllustrativeMarker } from '../../../components/illustrative-marker';
import { SecondaryMarker } from '../../../components/secondary-marker';
import { RevisedMarker } from '../../../components/revised-marker';
import { SourceLine } from '../../../components/chart-panel/source-line';
import { SourceNote } from '../../../components/source-note';
import { useViewPreferences } from '../../../filters/use-view-preferences';
import { ErrorState, LoadingState, MissingFigure } from '../../../components/states/states';
import { CITY_REGION } from '../../../domain/regions';
import { usePageFilters } from '../../../filters/use-global-filters';
import {
  formatFigure,
  formatGrowth,
  formatPeriod,
  formatPeriodAxis,
  formatPeriodPart,
  formatPointChange,
  formatRank,
} from '../../../lib/format';
import { parsePeriod, previousCumulativePeriod, twoYearWindow } from '../../../lib/periods';
import { canJudge, isSecondarySource } from '../../../domain/reliability';
import { useChartTheme } from '../../../filters/use-chart-theme';
import { useCurrentLanguage } from '../../../lib/use-current-language';
import { useIndicatorSeries } from '../api/use-indicator-series';
import { buildGrowthSparklineOption } from '../charts/growth-sparkline-option';
import { cityRank } from '../model/city-rank';
import { growthChange, pickKpiFigures, trendPoints } from '../model/kpi-figures';
import { checkGrowthTarget } from '../model/target-check';
import './kpi-card.css';
import { localized } from '../../../lib/language';
import { changeTone } from '../../../domain/indicators';
import { matchesFigure } from '../../../domain/observations';
import { earlierValues } from '../../../domain/revisions';

function FigureLine({
  label,
  figure,
  testId,
  suffix,
  tone,
  prominent = false,
}: {
  label: string;
  figure: Observation | null;
  testId: string;
  suffix?: string;
  tone?: 'better' | 'worse' | null;
  prominent?: boolean;
}) {
  const { figureStatus } = usePageFilters();
  const language = useCurrentLanguage();
  return (
    <div
      className={`kpi-card__line${prominent ? ' kpi-card__line--prominent' : ''}`}
      data-testid={testId}
      data-status={figure?.status ?? 'missing'}
      data-reliability={figure && figure.source.type !== 'illustrative' ? figure.source.reliability : undefined}
    >
      <span className="kpi-card__label">{label}</span>
      {figure ? (
        <>
          <span className={`kpi-card__figure${tone ? ` kpi-card__figure--${tone}` : ''}`}>
            {tone && (
              <span aria-hidden="true" className="kpi-card__arrow">
                {figure.value > 0 ? '▲ ' : figure.value < 0 ? '▼ ' : ''}
              </span>
            )}
            {formatFigure(figure, language)}
          </span>
          {suffix && <span className="kpi-card__suffix">{suffix}</span>}
          {figure.status === 'illustrative' && <IllustrativeMarker />}
          {isSecondarySource(figure.source) && <SecondaryMarker />}
          <RevisedMarker earlier={earlierValues(figure, (value) => formatFigure({ ...figure, value }, language))} />
          <SourceNote source={figure.source} align="end" />
        </>
      ) : (
        <MissingFigure showReason reason={figureStatus === 'published' ? 'hidden' : 'notPublished'} />
      )}
    </div>
  );
}

/**
 * One indicator for the selected area and period: level, growth (signed, coloured by whether higher
 * is better, basis labelled), the change against the previous cumulative period, the ranks a source
 * gives or the six figures allow, the 2024 target with met / not met, a small trend, and every
 * figure's source.
 */
function KpiCardBody({
  indicator,
  regionName,
  cityTarget,
}: {
  indicator: Indicator;
  regionName: string;
  /** The city's 2024 target on this indicator's growth, if any; judged for the city view only. */
  cityTarget: Target | null;
}) {
  const { t } = useTranslation(['economy', 'common']);
  const language = useCurrentLanguage();
  const theme = useChartTheme();
  const { region, period } = usePageFilters();
  const { mode } = useViewPreferences();
  const query = useIndicatorSeries([indicator.id]);
  const gdpForRelations = useIndicatorSeries(['gdp']);
  const name = localized(indicator.name, language);
  const testId = `kpi-${indicator.id}`;

  const derived = useMemo(() => {
    if (!query.data) return null;
    const figures = pickKpiFigures(query.data, region, period);
    const change = growthChange(query.data, region, period, previousCumulativePeriod(period));
    const rank = cityRank(
      query.data,
      region,
      period,
      // Districts are compared on growth (比学赶超), on level where only levels exist.
      figures.growth === null ? 'level' : 'growth',
      indicator.higherIsBetter,
    );
    const target = region === CITY_REGION && parsePeriod(period)?.year === 2024 ? cityTarget : null;
    // As on the tracker: the related rate of the same period, published and at comparable prices.
    const related = target?.relatedTo
      ? (gdpForRelations.data?.find(
          (o) =>
            matchesFigure(o, {
              region,
              period,
              indicator: target.relatedTo?.indicator,
              measure: 'growth',
              growthBasis: 'real',
            }) && canJudge(o),
        ) ?? null)
      : null;
    const check = target && figures.growth ? checkGrowthTarget(target, figures.growth, related, indicator) : null;
    return { figures, change, rank, target, check };
  }, [query.data, gdpForRelations.data, region, period, indicator, cityTarget]);

  const sparkline = useMemo(() => {
    if (!query.data) return null;
    const basis = derived?.figures.growth?.growthBasis ?? indicator.growthBasis ?? 'real';
    // A card's sparkline has room for two years around the selected period, not all of 2022–2025.
    const points = trendPoints(query.data, region, 'growth', twoYearWindow(period), basis);
    if (points.filter((p) => p.value !== null).length < 2) return null;
    return buildGrowthSparklineOption({
      points,
      selectedPeriod: period,
      label: (id) => formatPeriod(id, language),
      axisLabel: (id) => formatPeriodAxis(id, language),
      formatValue: (value) => formatGrowth(value, language),
      seriesName: name,
      illustrativeLabel: t('common:figure.illustrativeLong'),
      gapLabel: t('common:chart.gap'),
      theme,
    });
  }, [query.data, derived, indicator, region, period, language, name, t, theme]);

  const growth = derived?.figures.growth ?? null;
  const tone = growth ? changeTone(growth.value, indicator) : null;
  const basisLabel = growth
    ? t(growth.growthBasis === 'nominal' ? 'common:figure.growthNominal' : 'common:figure.growthReal')
    : undefined;

  return (
    <article className="card kpi-card" data-testid={testId} aria-labelledby={`${testId}-title`}>
      <header className="kpi-card__header">
        <h3 id={`${testId}-title`} className="kpi-card__title">
          {name}
        </h3>
        <span className="kpi-card__context" data-testid={`${testId}-context`}>
          {regionName} · {formatPeriod(period, language)}
        </span>
      </header>
      {query.isPending && <LoadingState />}
      {query.isError && <ErrorState error={query.error} onRetry={() => void query.refetch()} compact />}
      {derived && (
        <>
          {indicator.id !== 'fixed_asset_investment' && (
            <FigureLine
              label={t('economy:kpi.level')}
              figure={derived.figures.level}
              testId={`${testId}-level`}
              prominent
            />
          )}
          <FigureLine
            label={t('economy:kpi.growth')}
            figure={growth}
            testId={`${testId}-growth`}
            suffix={basisLabel}
            tone={tone}
            prominent
          />
          {derived.figures.secondaryGrowth && (
            <FigureLine
              label={t('economy:kpi.growthSecondary')}
              figure={derived.figures.secondaryGrowth}
              testId={`${testId}-growth-secondary`}
            />
          )}
          {derived.change && (
            <p className="kpi-card__note" data-testid={`${testId}-change`}>
              {t(
                derived.change.value > 0
                  ? 'economy:kpi.changeUp'
                  : derived.change.value < 0
                    ? 'economy:kpi.changeDown'
                    : 'economy:kpi.changeFlat',
                {
                  previous: formatPeriodPart(derived.change.previousPeriod, language),
                  points: formatPointChange(Math.abs(derived.change.value), language).replace(/^\+/, ''),
                },
              )}
              {derived.change.illustrative && <IllustrativeMarker />}
            </p>
          )}
          {derived.figures.rank && (
            <FigureLine label={t('economy:kpi.rank')} figure={derived.figures.rank} testId={`${testId}-rank`} />
          )}
          {derived.rank && (
            <div
              className="kpi-card__line"
              data-testid={`${testId}-city-rank`}
              data-status={derived.rank.illustrative ? 'illustrative' : 'published'}
            >
              <span className="kpi-card__label">{t('economy:kpi.cityRank')}</span>
              <span className="kpi-card__figure">{formatRank(derived.rank.rank, 'city', language)}</span>
              <span className="kpi-card__suffix">
                {t(
                  derived.rank.origin === 'stated'
                    ? `economy:kpi.rankStated.${derived.rank.basis ?? 'unknown'}`
                    : derived.rank.basis === 'growth'
                      ? 'economy:kpi.rankComputedGrowth'
                      : 'economy:kpi.rankComputedLevel',
                )}
              </span>
              {derived.rank.illustrative && <IllustrativeMarker />}
              {derived.rank.observation && <SourceNote source={derived.rank.observation.source} align="end" />}
            </div>
          )}
          {derived.target && (
            <div
              className="kpi-card__target"
              data-testid={`${testId}-target`}
              data-met={derived.check ? String(derived.check.met) : 'unknown'}
            >
              <span className="kpi-card__label">{t('economy:kpi.target')}</span>
              <span>{localized(derived.target.text, language)}</span>
              {derived.check ? (
                <span className={`kpi-card__verdict kpi-card__verdict--${derived.check.met ? 'met' : 'missed'}`}>
                  {derived.check.met ? '✓ ' : '✗ '}
                  {t(derived.check.met ? 'economy:kpi.targetMet' : 'economy:kpi.targetMissed')}
                  {derived.target.kind !== 'relational' && ` (${formatPointChange(derived.check.gap, language)})`}
                  {derived.check.related &&
                    ` (${t('economy:kpi.comparedWith', { value: formatGrowth(derived.check.related.value, language) })})`}
                </span>
              ) : (
                <span className="kpi-card__suffix">
                  {t(
                    growth?.status === 'illustrative'
                      ? 'economy:kpi.targetIllustrative'
                      : growth && isSecondarySource(growth.source)
                        ? 'economy:kpi.targetSecondary'
                        : 'economy:kpi.targetNotJudged',
                  )}
                </span>
              )}
            </div>
          )}
          {mode === 'wall' && (
            // Nobody hovers a wall screen: the sources stand under the figures.
            <footer className="kpi-card__sources">
              <SourceLine
                sources={[
                  derived.figures.level,
                  derived.figures.growth,
                  derived.figures.rank,
                  derived.rank?.observation,
                ].flatMap((o) => (o ? [o.source] : []))}
              />
            </footer>
          )}
          {sparkline && (
            <EChart
              option={sparkline}
              height={110}
              ariaLabel={`${t('common:chart.trend')}: ${name} · ${regionName}`}
              testId={`${testId}-trend`}
            />
          )}
        </>
      )}
    </article>
  );
}

/** Memoised: a navigation's pending state re-renders the route, not this; its props are stable. */
export const KpiCard = memo(KpiCardBody);
