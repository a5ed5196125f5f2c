import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartPanel } from '../../../components/chart-panel/chart-panel';
import { EChart } from '../../../components/charts/echart';
import type { TableColumn, TableRow } from '../../../components/data-table/table-model';
import { EmptyState } from '../../../components/states/states';
import { usePageFilters } from '../../../filters/use-global-filters';
import { CITY_REGION } from '../../../domain/regions';
import { formatPeriod } from '../../../lib/format';
import { useChartTheme } from '../../../filters/use-chart-theme';
import { buildScatterOption } from '../charts/scatter-option';
import { SIX_DISTRICTS } from '../../../domain/regions';
import { figureFor } from '../model/ranking';
import { levelGrowthPairs, scatterGrowthMeasure } from '../model/scatter-points';
import { useSelection } from '../model/use-selection';
import { WithCountiesEngine } from './map-panel';
import { useFigureText } from './use-figure-text';
import { localized } from '../../../lib/language';
import { madeFromIllustrative } from '../../../domain/reliability';

/** Level against growth of the chosen indicator: who is big and who is fast. */
export function ScatterPanel() {
  const { t } = useTranslation(['counties', 'common']);
  const theme = useChartTheme();
  const text = useFigureText();
  const { period, region } = usePageFilters();
  const { indicator, indicatorId, measure, observations } = useSelection();
  const unit = indicator?.unit ?? '';
  const indicatorName = indicator ? localized(indicator.name, text.language) : indicatorId;
  const { growthMeasure, pairs, complete, incomplete, cityGrowth } = useMemo(() => {
    const data = observations.data ?? [];
    const growthMeasure = scatterGrowthMeasure(data, SIX_DISTRICTS, indicator, measure, period);
    const pairs = levelGrowthPairs(data, SIX_DISTRICTS, indicatorId, growthMeasure, period);
    return {
      growthMeasure,
      pairs,
      complete: pairs.filter((p) => p.level && p.growth),
      incomplete: pairs.filter((p) => !p.level || !p.growth),
      cityGrowth: figureFor(data, CITY_REGION, indicatorId, growthMeasure, period),
    };
  }, [observations.data, indicator, indicatorId, measure, period]);

  const levelHeader = `${t('counties:measure.level')}${text.paren(text.unitLabel('level', unit))}`;
  const growthHeader = t(`counties:measure.${growthMeasure}`);
  const columns: TableColumn[] = [
    { id: 'region', label: t('counties:table.region'), sortable: true },
    { id: 'level', label: levelHeader, numeric: true, sortable: true, figure: true },
    { id: 'growth', label: growthHeader, numeric: true, sortable: true, figure: true },
  ];
  const rows: TableRow[] = pairs.map((pair) => ({
    id: pair.region,
    highlighted: pair.region === region,
    cells: {
      region: { text: text.regionName(pair.region), sortValue: text.regionName(pair.region) },
      level: pair.level
        ? {
            text: text.value('level', pair.level.value, pair.level.unit),
            sortValue: pair.level.value,
            csvValue: pair.level.value,
            status: pair.level.status,
            source: pair.level.source,
          }
        : { text: '—', status: 'missing', sortValue: null },
      growth: pair.growth
        ? {
            text: text.value(growthMeasure, pair.growth.value, pair.growth.unit),
            sortValue: pair.growth.value,
            csvValue: pair.growth.value,
            status: pair.growth.status,
            source: pair.growth.source,
          }
        : { text: '—', status: 'missing', sortValue: null },
    },
  }));

  const option = useMemo(
    () =>
      buildScatterOption(
        {
          points: complete.map((pair) => ({
            region: pair.region,
            name: text.chartName(pair.region),
            level: pair.level!.value,
            growth: pair.growth!.value,
            illustrative: madeFromIllustrative([pair.level, pair.growth]),
            selected: pair.region === region,
            tooltip: [
              ...text.tooltipLines(text.regionName(pair.region), pair.level, 'level'),
              ...text.tooltipLines(growthHeader, pair.growth, growthMeasure),
            ],
          })),
          levelAxisName: levelHeader,
          growthAxisName: growthHeader,
          formatLevel: (v) => text.value('level', v, unit),
          formatGrowth: (v) => text.value(growthMeasure, v, '%'),
          cityGrowth: cityGrowth
            ? {
                value: cityGrowth.value,
                label: `${t('counties:ranking.city')} ${text.value(growthMeasure, cityGrowth.value, '%')}`,
                illustrative: cityGrowth.status === 'illustrative',
              }
            : null,
        },
        theme,
      ),
    [cityGrowth, complete, growthHeader, growthMeasure, levelHeader, region, t, text, theme, unit],
  );

  return (
    <ChartPanel
      testId="counties-scatter"
      title={t('counties:scatter.title', { indicator: indicatorName })}
      subtitle={`${formatPeriod(period, text.language)} · ${t('counties:scatter.subtitle', { growth: growthHeader })}`}
      query={observations}
      chart={
        complete.length === 0 ? (
          <EmptyState message={t('counties:scatter.empty')} />
        ) : (
          <WithCountiesEngine height={400}>
            <EChart
              option={option}
              height={400}
              ariaLabel={t('counties:scatter.aria', { indicator: indicatorName })}
              testId="counties-scatter-chart"
            />
          </WithCountiesEngine>
        )
      }
      columns={columns}
      rows={rows}
      sources={pairs.flatMap((p) => [p.level?.source, p.growth?.source]).filter((s) => s !== undefined)}
      exportName={{ page: 'counties', subject: [indicatorId, 'level-growth'], period }}
      footnote={
        incomplete.length > 0 && complete.length > 0 ? (
          <p className="counties-note">
            {t('counties:scatter.incomplete', {
              names: incomplete.map((p) => text.regionName(p.region)).join(text.zh ? '、' : ', '),
            })}
          </p>
        ) : undefined
      }
    />
  );
}
