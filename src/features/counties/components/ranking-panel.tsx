import { SecondaryMarker } from '../../../components/secondary-marker';
import { isSecondarySource } from '../../../domain/reliability';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartPanel } from '../../../components/chart-panel/chart-panel';
import { EChart } from '../../../components/charts/echart';
import { IllustrativeMarker } from '../../../components/illustrative-marker';
import { SourceNote } from '../../../components/source-note';
import { EmptyState } from '../../../components/states/states';
import { usePageFilters } from '../../../filters/use-global-filters';
import { formatFigure, formatPeriod } from '../../../lib/format';
import { useChartTheme } from '../../../filters/use-chart-theme';
import { buildRankingOption } from '../charts/ranking-option';
import { cityIsComparable } from '../../../domain/indicators';
import { useSelection } from '../model/use-selection';
import { useFigureText } from './use-figure-text';
import { useRankingData } from './use-ranking-data';
import { localized } from '../../../lib/language';

/** The six sorted by the chosen figure, with the city as reference, ranks and rank changes. */
export function RankingPanel() {
  const { t } = useTranslation(['counties', 'common']);
  const theme = useChartTheme();
  const text = useFigureText();
  const { period, region } = usePageFilters();
  const { indicator, indicatorId, measure, observations } = useSelection();
  const data = useRankingData();
  const indicatorName = indicator ? localized(indicator.name, text.language) : indicatorId;
  const measureKind = measure === 'level' ? 'level' : 'growth';
  const showCityLine = data.city !== null && indicator !== undefined && cityIsComparable(indicator, measureKind);
  const anyFigure = data.rows.some((r) => r.figure);

  const option = useMemo(
    () =>
      buildRankingOption(
        {
          bars: data.rows.map((row) => ({
            region: row.region,
            label: `${text.rankText(row.rank)}  ${text.chartName(row.region)}`,
            value: row.figure?.value ?? null,
            illustrative: row.status === 'illustrative',
            secondary: row.figure !== null && isSecondarySource(row.figure.source),
            selected: row.region === region,
            change: text.changeText(row),
            tooltip: data.tooltipOf(row),
          })),
          reference:
            showCityLine && data.city
              ? {
                  value: data.city.value,
                  label: `${t('counties:ranking.city')} ${text.value(measure, data.city.value, data.city.unit)}${data.city.status === 'illustrative' ? ` (${t('common:figure.illustrative')})` : ''}${isSecondarySource(data.city.source) ? ` (${t('common:figure.secondary')})` : ''}`,
                  illustrative: data.city.status === 'illustrative',
                }
              : null,
          formatValue: (v) => text.value(measure, v, data.unit),
          missingLabel: t('counties:ranking.missing'),
          illustrativeLabel: t('common:figure.illustrative'),
          secondaryLabel: t('common:figure.secondary'),
          seriesName: indicatorName,
        },
        theme,
      ),
    [data, indicatorName, measure, region, showCityLine, t, text, theme],
  );

  return (
    <ChartPanel
      testId="counties-ranking"
      title={t('counties:ranking.title', { indicator: indicatorName, measure: t(`counties:measure.${measure}`) })}
      subtitle={`${formatPeriod(period, text.language)} · ${text.unitLabel(measure, data.unit)}`}
      query={observations}
      chart={
        anyFigure ? (
          <EChart
            option={option}
            height={400}
            ariaLabel={t('counties:ranking.aria', { indicator: indicatorName })}
            testId="counties-ranking-chart"
          />
        ) : (
          <EmptyState message={t('counties:ranking.empty')} />
        )
      }
      columns={data.columns}
      rows={data.tableRows}
      sources={data.sources}
      exportName={{ page: 'counties', subject: [indicatorId, measure, 'ranking'], period }}
      footnote={
        <>
          <p className="counties-note" data-testid="counties-rank-legend">
            {t('counties:rank.legend')}
            {data.anyIllustrative && (
              <>
                {' '}
                <IllustrativeMarker /> {t('counties:ranking.illustrativeLegend')}
              </>
            )}
            {data.unrankedSecondary && (
              <>
                {' '}
                <SecondaryMarker /> {t('counties:ranking.secondaryLegend')}
              </>
            )}
          </p>
          {data.city && !showCityLine && (
            <p className="counties-note" data-testid="counties-city-total">
              {t('counties:ranking.cityTotal', { value: formatFigure(data.city, text.language) })}
              {data.city.status === 'illustrative' && <IllustrativeMarker />}
              {isSecondarySource(data.city.source) && <SecondaryMarker />} <SourceNote source={data.city.source} />
            </p>
          )}
          {data.binhai && (
            <p className="counties-note" data-testid="counties-binhai">
              {t('counties:ranking.binhai', { value: text.value(measure, data.binhai.value, data.binhai.unit) })}
              {data.binhai.status === 'illustrative' && <IllustrativeMarker />}
              {isSecondarySource(data.binhai.source) && <SecondaryMarker />}
              {data.binhaiRank && ` · ${formatFigure(data.binhaiRank, text.language)}`}{' '}
              <SourceNote source={data.binhai.source} />
            </p>
          )}
        </>
      }
    />
  );
}
