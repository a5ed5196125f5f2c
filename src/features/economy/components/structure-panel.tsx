import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartPanel } from '../../../components/chart-panel/chart-panel';
import { EChart } from '../../../components/charts/echart';
import type { TableColumn, TableRow } from '../../../components/data-table/table-model';
import { EmptyState } from '../../../components/states/states';
import { usePageFilters } from '../../../filters/use-global-filters';
import {
  displayScale,
  formatAmount,
  formatPercent,
  formatPeriod,
  formatPeriodAxis,
  formatUnit,
  scaleForDisplay,
} from '../../../lib/format';
import { twoYearWindow } from '../../../lib/periods';
import { useChartTheme } from '../../../filters/use-chart-theme';
import { useCurrentLanguage } from '../../../lib/use-current-language';
import { useIndicatorSeries } from '../api/use-indicator-series';
import { buildStructureOption } from '../charts/structure-option';
import { SECTOR_INDICATORS } from '../model/main-indicators';
import { sectorShares } from '../model/sector-shares';

/** 三次产业结构 of the selected area over the periods, from the three sectors' value added. */
function StructurePanelBody({ regionName }: { regionName: string }) {
  const { t } = useTranslation(['economy', 'common']);
  const language = useCurrentLanguage();
  const theme = useChartTheme();
  const { region, period } = usePageFilters();
  const query = useIndicatorSeries(SECTOR_INDICATORS);
  const sectors = useMemo(
    () => [t('economy:structure.primary'), t('economy:structure.secondary'), t('economy:structure.tertiary')] as const,
    [t],
  );
  const shareText = useMemo(() => (value: number) => formatPercent(value, language), [language]);

  // The same two-year window as the trends around the selected period.
  const rows = useMemo(
    () => sectorShares(query.data ?? [], region, twoYearWindow(period)),
    [query.data, region, period],
  );
  const option = useMemo(
    () =>
      buildStructureOption({
        rows,
        selectedPeriod: period,
        labels: {
          period: (id) => formatPeriodAxis(id, language),
          sectors,
          illustrative: t('common:figure.illustrativeLong'),
          formatShare: shareText,
        },
        theme,
      }),
    [rows, period, language, t, theme, sectors, shareText],
  );

  const columns: TableColumn[] = [
    { id: 'period', label: t('economy:table.period') },
    ...sectors.map((label, i) => ({
      id: `share${i}`,
      label: t('economy:structure.shareOf', { sector: label }),
      numeric: true,
      figure: true,
    })),
    ...sectors.map((label, i) => ({
      id: `level${i}`,
      label: t('economy:structure.levelOf', { sector: label, unit: formatUnit('亿元', language) }),
      numeric: true,
      figure: true,
    })),
  ];
  const tableRows: TableRow[] = rows.map((row) => ({
    id: row.period,
    highlighted: row.period === period,
    cells: {
      period: { text: formatPeriod(row.period, language) },
      ...Object.fromEntries(
        row.shares.map((share, i) => [
          `share${i}`,
          { text: shareText(share), csvValue: share, sortValue: share, status: row.levels[i]!.status, source: null },
        ]),
      ),
      ...Object.fromEntries(
        row.levels.map((level, i) => [
          `level${i}`,
          {
            text: formatAmount(level.value, level.unit, language),
            csvValue: scaleForDisplay(level.value, displayScale(level.unit, language)),
            sortValue: level.value,
            status: level.status,
            source: level.source,
          },
        ]),
      ),
    },
  }));

  const title = t('economy:structure.title', { region: regionName });
  return (
    <ChartPanel
      title={title}
      subtitle={t('economy:structure.subtitle', { period: formatPeriod(period, language) })}
      testId="structure"
      query={query}
      columns={columns}
      rows={tableRows}
      sources={rows.flatMap((r) => r.levels.map((l) => l.source))}
      exportName={{ page: 'economy', subject: ['structure'], region, period }}
      empty={<EmptyState message={t('economy:structure.empty')} />}
      footnote={<p className="chart-note">{t('economy:structure.method')}</p>}
      chart={<EChart option={option} height={320} ariaLabel={title} testId="structure-chart" />}
    />
  );
}

/** Memoised: a navigation's pending state re-renders the route, not this; its props are stable. */
export const StructurePanel = memo(StructurePanelBody);
