import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Indicator } from '../../../api/contract/indicators';
import type { Target } from '../../../api/contract/targets';
import { ChartPanel } from '../../../components/chart-panel/chart-panel';
import type { TableColumn, TableRow } from '../../../components/data-table/table-model';
import { EChart } from '../../../components/charts/echart';
import { EmptyState } from '../../../components/states/states';
import { usePageFilters } from '../../../filters/use-global-filters';
import {
  displayScale,
  formatAmount,
  formatGrowth,
  formatPeriod,
  formatPeriodAxis,
  formatUnit,
  parenthesize,
  scaleForDisplay,
} from '../../../lib/format';
import { parsePeriod, twoYearWindow } from '../../../lib/periods';
import { useChartTheme } from '../../../filters/use-chart-theme';
import { useCurrentLanguage } from '../../../lib/use-current-language';
import { useIndicatorSeries } from '../api/use-indicator-series';
import { buildTrendOption } from '../charts/trend-option';
import { trendPoints } from '../model/kpi-figures';
import { localized } from '../../../lib/language';
import { findFigure } from '../../../domain/observations';
import { earlierValues, revisionHint } from '../../../domain/revisions';

/**
 * The trend of one indicator for the selected area: cumulative level and growth over two years around the period,
 * the 2024 target as a line, the selected period marked; with its table, CSV and sources.
 */
function TrendPanelBody({
  indicator,
  showLevels,
  regionName,
  cityTarget,
}: {
  indicator: Indicator;
  showLevels: boolean;
  regionName: string;
  cityTarget: Target | null;
}) {
  const { t } = useTranslation(['economy', 'common']);
  const language = useCurrentLanguage();
  const theme = useChartTheme();
  const { region, period, figureStatus } = usePageFilters();
  const query = useIndicatorSeries([indicator.id]);
  const zh = language === 'zh-CN';
  const name = localized(indicator.name, language);
  const basis = indicator.growthBasis ?? 'nominal';
  const basisLabel = t(basis === 'real' ? 'common:figure.growthReal' : 'common:figure.growthNominal');
  const unitLabel = formatUnit(indicator.unit, language);
  // Two years around the selected period: a chart, its table and its printed page hold eight periods well,
  // not all of 2022–2025 (the same window as the cards' sparklines).
  const periods = useMemo(() => twoYearWindow(period), [period]);

  const model = useMemo(() => {
    const data = query.data ?? [];
    const inWindow = (o: { period: string }) => (periods as readonly string[]).includes(o.period);
    const levels = showLevels ? trendPoints(data, region, 'level', periods) : null;
    // Only rates of the indicator's official basis make the line; others are listed below it.
    const growth = trendPoints(data, region, 'growth', periods, basis);
    const offBasis = data.filter(
      (o) => o.region === region && o.measure === 'growth' && o.growthBasis !== basis && inWindow(o),
    );
    const here = data.filter(
      (o) => o.region === region && inWindow(o) && (o.measure === 'growth' || (showLevels && o.measure === 'level')),
    );
    // Nothing to draw: no level and no rate of the official basis in any period.
    const empty = [...(levels ?? []), ...growth].every((point) => point.value === null);
    return { levels, growth, offBasis, here, empty };
  }, [query.data, region, showLevels, basis, periods]);

  const option = useMemo(
    () =>
      buildTrendOption({
        periods,
        levels: model.levels,
        growth: model.growth,
        selectedPeriod: period,
        levelScale: displayScale(indicator.unit, language),
        target:
          cityTarget && cityTarget.kind === 'growth' && cityTarget.value !== null && region === '330600'
            ? {
                value: cityTarget.value,
                periods: periods.filter((p) => parsePeriod(p)?.year === cityTarget.year),
                label: t('economy:trend.targetLine', { value: formatGrowth(cityTarget.value, language) }),
              }
            : null,
        labels: {
          period: (id) => formatPeriodAxis(id, language),
          levelSeries: t('economy:trend.levelSeries', { unit: unitLabel }),
          growthSeries: t('economy:trend.growthSeries', { basis: t(`economy:trend.basisShort.${basis}`) }),
          illustrative: t('common:figure.illustrativeLong'),
          secondary: t('common:figure.secondary'),
          revised: (earlier) => revisionHint(earlier, (key, options) => t(`common:${key}`, options)),
          gap: t('common:chart.gap'),
          formatLevel: (value) => formatAmount(value, indicator.unit, language),
          formatGrowth: (value) => formatGrowth(value, language),
        },
        theme,
      }),
    [model, period, periods, indicator, language, cityTarget, region, t, unitLabel, basis, theme],
  );

  const columns: TableColumn[] = [
    { id: 'period', label: t('economy:table.period') },
    ...(showLevels
      ? [{ id: 'level', label: t('economy:table.level', { unit: unitLabel }), numeric: true, figure: true }]
      : []),
    { id: 'growth', label: t('economy:table.growth', { basis: basisLabel }), numeric: true, figure: true },
  ];
  const rows: TableRow[] = periods.map((p) => {
    const level = findFigure(model.here, { period: p, measure: 'level' });
    const rate = findFigure(model.here, { period: p, measure: 'growth', growthBasis: basis });
    const scale = displayScale(indicator.unit, language);
    return {
      id: p,
      highlighted: p === period,
      cells: {
        period: { text: formatPeriod(p, language) },
        level: level
          ? {
              text: formatAmount(level.value, indicator.unit, language),
              csvValue: scaleForDisplay(level.value, scale),
              sortValue: level.value,
              status: level.status,
              source: level.source,
              earlier: earlierValues(level, (value) => formatAmount(value, indicator.unit, language)),
            }
          : { text: '—', status: 'missing' },
        growth: rate
          ? {
              text: formatGrowth(rate.value, language),
              csvValue: rate.value,
              sortValue: rate.value,
              status: rate.status,
              source: rate.source,
              earlier: earlierValues(rate, (value) => formatGrowth(value, language)),
            }
          : { text: '—', status: 'missing' },
      },
    };
  });

  const title = t('economy:trend.title', {
    region: regionName,
    indicator: name,
    unit: showLevels ? `${unitLabel}, %` : '%',
    periods: `${formatPeriod(periods[0]!, language)}—${formatPeriod(periods.at(-1)!, language)}`,
  });
  const testId = `trend-${indicator.id}`;

  return (
    <ChartPanel
      title={title}
      subtitle={t(showLevels ? 'economy:trend.subtitle' : 'economy:trend.subtitleGrowthOnly', {
        period: formatPeriod(period, language),
      })}
      testId={testId}
      query={query}
      columns={columns}
      rows={model.empty ? [] : rows}
      sources={model.here.map((o) => o.source)}
      exportName={{ page: 'economy', subject: [indicator.id, 'trend'], region, period }}
      empty={
        <EmptyState
          message={t(figureStatus === 'published' ? 'economy:trend.emptyPublished' : 'economy:trend.empty', {
            region: regionName,
            indicator: name,
            periods: `${formatPeriod(periods[0]!, language)}—${formatPeriod(periods.at(-1)!, language)}`,
          })}
        />
      }
      chart={<EChart option={option} height={320} ariaLabel={title} testId={`${testId}-chart`} />}
      footnote={
        model.offBasis.length > 0 && (
          <p className="chart-note" data-testid={`${testId}-off-basis`}>
            {t('economy:trend.offBasis', {
              figures: model.offBasis
                .map((o) => {
                  const basisText = t(`economy:trend.basisShort.${o.growthBasis ?? 'nominal'}`);
                  const figure = `${formatPeriod(o.period, language)} ${formatGrowth(o.value, language)}`;
                  return `${figure}${parenthesize(basisText, language)}`;
                })
                .join(zh ? '；' : '; '),
            })}
          </p>
        )
      }
    />
  );
}

/** Memoised: a navigation's pending state re-renders the route, not this; its props are stable. */
export const TrendPanel = memo(TrendPanelBody);
