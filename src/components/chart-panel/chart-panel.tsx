import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Source } from '../../api/contract/common';
import { downloadBlob } from '../../lib/download';
import { formatSourceName } from '../../lib/format';
import { isSecondarySource } from '../../domain/reliability';
import { usePrinting } from '../../lib/printing';
import { useChartTheme } from '../../filters/use-chart-theme';
import { useCurrentLanguage } from '../../lib/use-current-language';
import { ChartInstanceContext, type ChartInstance } from '../charts/chart-instance';
import { DataTable } from '../data-table/data-table';
import { CsvButton } from '../data-table/csv-button';
import type { TableColumn, TableRow } from '../data-table/table-model';
import { ErrorState, LoadingState } from '../states/states';
import { PanelHeader } from './panel-header';
import { distinctSources } from './distinct-sources';
import { renderChartPng } from './export-png';
import { SourceLine } from './source-line';
import { useExportFileName, type ExportView } from './use-export-file-name';
import './chart-panel.css';

export interface PanelQueryState {
  isPending: boolean;
  isError: boolean;
  error: unknown;
  refetch: () => unknown;
}

/**
 * A chart with everything an official needs to trust and reuse it: a title that states region,
 * period and unit, a table view of the same data, a CSV of it, and the line of sources. The chart
 * and the table are built from the same rows by the caller, so they cannot disagree.
 */
export function ChartPanel({
  title,
  subtitle,
  testId,
  query,
  chart,
  columns,
  rows,
  sources,
  exportName,
  disclaimer,
  empty,
  footnote,
}: {
  title: string;
  subtitle?: string;
  testId: string;
  /** The query behind the panel: its loading and error states show here, not page-wide. */
  query?: PanelQueryState;
  chart: React.ReactNode;
  columns: readonly TableColumn[];
  rows: readonly TableRow[];
  sources: readonly Source[];
  /** What the exported files are named after (the language and the data date are added here). */
  exportName: ExportView;
  /** A notice that must travel with the picture (the map's disclaimer): burnt into the PNG. */
  disclaimer?: string;
  /** Shown instead of chart and table when there is nothing to show. */
  empty?: React.ReactNode;
  footnote?: React.ReactNode;
}) {
  const { t } = useTranslation();
  const [view, setView] = useState<'chart' | 'table'>('chart');
  const [pngError, setPngError] = useState(false);
  const sectionRef = useRef<HTMLElement>(null);
  const chartRef = useRef<ChartInstance | null>(null);
  const language = useCurrentLanguage();
  const theme = useChartTheme();
  const printing = usePrinting();
  const nameExport = useExportFileName();
  const fileName = (extension: 'csv' | 'png') => nameExport(exportName, extension);

  const exportPng = async () => {
    const chart = chartRef.current;
    if (!chart || !sectionRef.current) return;
    const zh = language === 'zh-CN';
    const style = getComputedStyle(sectionRef.current);
    try {
      const blob = await renderChartPng(chart, {
        title,
        subtitle,
        disclaimer: disclaimer ?? null,
        sources: distinctSources(sources).map(
          (s) => `${t('source.label')}${zh ? '：' : ': '}${formatSourceName(s, language)}`,
        ),
        secondary: sources.some((s) => isSecondarySource(s))
          ? `${t('figure.secondary')}${zh ? '：' : ': '}${t('figure.secondaryInChart')}`
          : null,
        illustrative: sources.some((s) => s.type === 'illustrative')
          ? `${t('figure.illustrativeLong')}${zh ? '：' : ': '}${t('figure.illustrativeInChart')}`
          : null,
        colors: {
          background: style.getPropertyValue('--surface').trim() || '#ffffff',
          text: theme.text,
          muted: theme.mutedText,
          illustrative: theme.illustrative,
        },
        fontFamily: style.fontFamily,
      });
      setPngError(false);
      downloadBlob(fileName('png'), blob);
    } catch {
      setPngError(true);
    }
  };
  const titleId = `${testId}-title`;
  const ready = !query || (!query.isPending && !query.isError);

  return (
    <section
      className="card chart-panel"
      data-testid={testId}
      aria-labelledby={titleId}
      data-view={view}
      ref={sectionRef}
    >
      <PanelHeader titleId={titleId} title={title} subtitle={subtitle} actionsLabel={t('panel.actions')}>
        {(['chart', 'table'] as const).map((shown) => (
          <button
            key={shown}
            type="button"
            className="button button--quiet"
            aria-pressed={view === shown}
            onClick={() => setView(shown)}
            data-testid={`${testId}-show-${shown}`}
          >
            {t(`panel.${shown}`)}
          </button>
        ))}
        <CsvButton
          columns={columns}
          rows={rows}
          fileName={() => fileName('csv')}
          disabled={!ready || rows.length === 0}
          testId={`${testId}-csv`}
        />
        <button
          type="button"
          className="button button--quiet"
          disabled={!ready || view !== 'chart' || rows.length === 0}
          onClick={() => void exportPng()}
          data-testid={`${testId}-png`}
        >
          {t('panel.png')}
        </button>
      </PanelHeader>
      <ChartInstanceContext value={chartRef}>
        <div className="chart-panel__body">
          {query?.isPending && <LoadingState />}
          {query?.isError && <ErrorState error={query.error} onRetry={() => void query.refetch()} />}
          {ready &&
            (rows.length === 0 && empty ? (
              empty
            ) : view === 'chart' ? (
              chart
            ) : (
              <DataTable columns={columns} rows={rows} caption={title} testId={`${testId}-table`} />
            ))}
        </div>
      </ChartInstanceContext>
      {printing && ready && view === 'chart' && rows.length > 0 && (
        // Print shows the chart and its table together; on screen the toggle chooses.
        <div className="chart-panel__print-table">
          <DataTable columns={columns} rows={rows} caption={title} />
        </div>
      )}
      {ready && (
        <footer className="chart-panel__footer">
          {pngError && <p role="alert">{t('panel.pngFailed')}</p>}
          {footnote}
          <SourceLine sources={sources} />
        </footer>
      )}
    </section>
  );
}
