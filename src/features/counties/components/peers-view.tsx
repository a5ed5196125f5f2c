import { useTranslation } from 'react-i18next';
import type { Observation } from '../../../api/contract/observations';
import { useQuery } from '@tanstack/react-query';
import { indicatorsForRegionsOptions } from '../../../api/endpoints/indicators';
import { useObservations } from '../../../api/endpoints/observations';
import { useRegions } from '../../../api/endpoints/regions';
import { ChartPanel } from '../../../components/chart-panel/chart-panel';
import { PanelHeader } from '../../../components/chart-panel/panel-header';
import { SourceLine } from '../../../components/chart-panel/source-line';
import { EChart } from '../../../components/charts/echart';
import { DataTable } from '../../../components/data-table/data-table';
import { CsvButton } from '../../../components/data-table/csv-button';
import type { TableColumn, TableRow } from '../../../components/data-table/table-model';
import { EmptyState, ErrorState, LoadingState } from '../../../components/states/states';
import { usePageFilters } from '../../../filters/use-global-filters';
import { useExportFileName } from '../../../components/chart-panel/use-export-file-name';
import { formatFigure, formatPeriod, formatUnit } from '../../../lib/format';
import { isSecondarySource } from '../../../domain/reliability';
import { useChartTheme } from '../../../filters/use-chart-theme';
import { buildRankingOption } from '../charts/ranking-option';
import { SIX_DISTRICTS } from '../../../domain/regions';
import { peerCell, peerColumns, peerPeriod, peerRegionIds, type PeerColumn } from '../model/peers';
import { useFigureText } from './use-figure-text';
import { textKey } from '../../../lib/language';

/**
 * Counties elsewhere in Zhejiang from their leaders' reports, on the indicators those reports give,
 * for the period they cover (H1 2025), which is not the global period: the view says so.
 */
export function PeersView() {
  const { t } = useTranslation(['counties', 'common']);
  const text = useFigureText();
  const theme = useChartTheme();
  const fileName = useExportFileName();
  const { period: globalPeriod, figureStatus } = usePageFilters();
  const regions = useRegions('zhejiang');
  const peers = regions.data ? peerRegionIds(regions.data) : [];
  const catalogue = useQuery({
    ...indicatorsForRegionsOptions([...peers, ...SIX_DISTRICTS]),
    enabled: peers.length > 0,
  });
  const period = regions.data ? peerPeriod(regions.data) : null;
  // The peers and Shaoxing's own districts in the same reports (柯桥 spoke too), for that period only.
  const peerQuery = useObservations({
    regions: [...peers, ...SIX_DISTRICTS],
    periods: period ? [period] : [],
    indicators: catalogue.data?.map((i) => i.id) ?? [],
    status: figureStatus,
  });

  if (regions.isPending || catalogue.isPending || (period && peerQuery.isPending)) return <LoadingState />;
  if (regions.isError) return <ErrorState error={regions.error} onRetry={() => void regions.refetch()} />;
  if (peerQuery.isError) return <ErrorState error={peerQuery.error} onRetry={() => void peerQuery.refetch()} />;
  if (catalogue.isError) return <ErrorState error={catalogue.error} onRetry={() => void catalogue.refetch()} />;
  if (!period) return <EmptyState message={t('counties:peers.empty')} />;

  const observations: Observation[] = (peerQuery.data ?? []).filter((o) => o.period === period);
  const columns = peerColumns(
    observations,
    catalogue.data.map((i) => i.id),
  );
  const regionIds = [...SIX_DISTRICTS, ...peers].filter((id) => observations.some((o) => o.region === id));
  const indicatorName = (id: string) => catalogue.data.find((i) => i.id === id)?.name[textKey(text.language)] ?? id;
  const unitOf = (id: string) => catalogue.data.find((i) => i.id === id)?.unit ?? '';
  const columnLabel = (c: PeerColumn) => {
    const measure =
      c.measure === 'level'
        ? formatUnit(unitOf(c.indicator), text.language)
        : c.measure === 'growth'
          ? t(`counties:measure.${c.growthBasis === 'nominal' ? 'growth-nominal' : 'growth-real'}`)
          : t(`counties:peers.measure.${c.measure}`);
    return `${indicatorName(c.indicator)}${text.paren(measure)}`;
  };
  const periodText = formatPeriod(period, text.language);

  const tableColumns: TableColumn[] = [
    { id: 'region', label: t('counties:peers.region'), sortable: true },
    ...columns.map((c) => ({ id: c.id, label: columnLabel(c), numeric: true, sortable: true, figure: true })),
  ];
  const rows: TableRow[] = regionIds.map((id) => ({
    id,
    cells: {
      region: { text: text.regionName(id), sortValue: text.regionName(id) },
      ...Object.fromEntries(
        columns.map((c) => {
          const figure = peerCell(observations, id, c);
          return [
            c.id,
            figure
              ? {
                  text: formatFigure(figure, text.language),
                  sortValue: figure.value,
                  csvValue: figure.value,
                  status: figure.status,
                  source: figure.source,
                }
              : { text: '—', sortValue: null, status: 'missing' as const },
          ];
        }),
      ),
    },
  }));

  // Small charts where at least two places report the same figure; ranks are not compared.
  const comparable = columns.filter(
    (c) => c.measure !== 'rank' && regionIds.filter((id) => peerCell(observations, id, c)).length >= 2,
  );

  return (
    <div className="counties-peers" data-testid="counties-peers">
      <p className="counties-notice" data-testid="counties-peers-period">
        {t('counties:peers.periodNotice', {
          period: periodText,
          globalPeriod: formatPeriod(globalPeriod, text.language),
        })}
      </p>
      <section className="card chart-panel" aria-labelledby="counties-peers-title" data-slide>
        <PanelHeader
          titleId="counties-peers-title"
          title={t('counties:peers.title', { period: periodText })}
          subtitle={t('counties:peers.subtitle')}
        >
          <CsvButton
            columns={tableColumns}
            rows={rows}
            fileName={() => fileName({ page: 'counties', subject: ['peers'], period }, 'csv')}
            testId="counties-peers-csv"
          />
        </PanelHeader>
        <DataTable
          columns={tableColumns}
          rows={rows}
          caption={t('counties:peers.title', { period: periodText })}
          testId="counties-peers-table"
        />
        <footer className="chart-panel__footer">
          <p className="counties-note">{t('counties:peers.note')}</p>
          <SourceLine sources={observations.map((o) => o.source)} />
        </footer>
      </section>
      <div className="counties-grid counties-grid--small" data-slide>
        {comparable.map((column) => {
          const figures = regionIds
            .map((id) => ({ id, figure: peerCell(observations, id, column) }))
            .filter((entry): entry is { id: string; figure: Observation } => entry.figure !== null)
            .sort((a, b) => b.figure.value - a.figure.value);
          const measure =
            column.measure === 'level' ? 'level' : column.growthBasis === 'nominal' ? 'growth-nominal' : 'growth-real';
          const option = buildRankingOption(
            {
              bars: figures.map(({ id, figure }) => ({
                region: id,
                label: text.chartName(id),
                value: figure.value,
                illustrative: figure.status === 'illustrative',
                secondary: isSecondarySource(figure.source),
                selected: false,
                change: '',
                tooltip: text.tooltipLines(text.regionName(id), figure, measure),
              })),
              reference: null,
              formatValue: (v) => text.value(measure, v, unitOf(column.indicator)),
              missingLabel: '—',
              illustrativeLabel: t('common:figure.illustrative'),
              secondaryLabel: t('common:figure.secondary'),
              seriesName: columnLabel(column),
            },
            theme,
          );
          const tableRowsOf: TableRow[] = figures.map(({ id, figure }) => ({
            id,
            cells: {
              region: { text: text.regionName(id) },
              value: {
                text: formatFigure(figure, text.language),
                sortValue: figure.value,
                csvValue: figure.value,
                status: figure.status,
                source: figure.source,
              },
            },
          }));
          return (
            <ChartPanel
              key={column.id}
              testId={`counties-peers-${column.indicator}-${column.measure}`}
              title={columnLabel(column)}
              subtitle={periodText}
              chart={<EChart option={option} height={60 + figures.length * 44} ariaLabel={columnLabel(column)} />}
              columns={[
                { id: 'region', label: t('counties:peers.region') },
                { id: 'value', label: columnLabel(column), numeric: true, figure: true },
              ]}
              rows={tableRowsOf}
              sources={figures.map((f) => f.figure.source)}
              exportName={{ page: 'counties', subject: ['peers', column.indicator], period }}
            />
          );
        })}
      </div>
    </div>
  );
}
