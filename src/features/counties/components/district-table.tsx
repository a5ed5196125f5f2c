import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { countyCatalogueOptions, districtTableOptions } from '../api/county-queries';
import { DataTable } from '../../../components/data-table/data-table';
import { CsvButton } from '../../../components/data-table/csv-button';
import type { TableColumn, TableRow } from '../../../components/data-table/table-model';
import { ErrorState, LoadingState } from '../../../components/states/states';
import { PanelHeader } from '../../../components/chart-panel/panel-header';
import { SourceLine } from '../../../components/chart-panel/source-line';
import { usePageFilters } from '../../../filters/use-global-filters';
import { CITY_REGION } from '../../../domain/regions';
import { useViewPreferences } from '../../../filters/use-view-preferences';
import { useExportFileName } from '../../../components/chart-panel/use-export-file-name';
import { usePrinting } from '../../../lib/printing';
import { splitIntoParts, useSlideRoom } from '../../../lib/slide-room';
import { formatPeriod } from '../../../lib/format';
import { MAIN_TABLE_INDICATORS } from '../model/districts';
import { BINHAI, SIX_DISTRICTS } from '../../../domain/regions';
import { cellFigure, tableFigureColumns } from '../model/district-table';
import { earlierValues } from '../../../domain/revisions';
import { useFigureText } from './use-figure-text';
import { localized } from '../../../lib/language';

/** Indicator columns in one printed part of the table. */
const PRINTED_COLUMNS = 5;

const partLabel = (count: number, index: number) => (count > 1 ? ` (${index + 1}/${count})` : '');

/** The six (and the city, and 滨海新区 where it has figures) × the main indicators of the period, sortable, with CSV. */
export function DistrictTable() {
  const { t } = useTranslation(['counties', 'common']);
  const text = useFigureText();
  const fileName = useExportFileName();
  const { period, region, figureStatus } = usePageFilters();
  const { mode } = useViewPreferences();
  const room = useSlideRoom();
  const printing = usePrinting();
  const catalogue = useQuery(countyCatalogueOptions());
  const query = useQuery(districtTableOptions(period, figureStatus));
  const title = t('counties:table.title', { period: formatPeriod(period, text.language) });

  const observations = query.data ?? [];
  const figureColumns = catalogue.data ? tableFigureColumns(MAIN_TABLE_INDICATORS, catalogue.data, observations) : [];
  const columns: TableColumn[] = [
    { id: 'region', label: t('counties:table.region'), sortable: true },
    ...figureColumns.map((c) => ({
      id: c.id,
      label: `${localized(c.indicator.name, text.language)}${text.paren(c.measure === 'level' ? text.unitLabel('level', c.indicator.unit) : t(`counties:measureShort.${c.measure}`))}`,
      numeric: true,
      sortable: true,
      figure: true,
    })),
  ];
  const binhaiHasFigures = observations.some((o) => o.region === BINHAI);
  const regionsShown = [...SIX_DISTRICTS, CITY_REGION, ...(binhaiHasFigures ? [BINHAI] : [])];
  const rows: TableRow[] = regionsShown.map((id) => ({
    id,
    highlighted: id === region,
    cells: {
      region: {
        text: id === BINHAI ? `${text.regionName(id)}${t('counties:table.binhaiSuffix')}` : text.regionName(id),
        sortValue: text.regionName(id),
      },
      ...Object.fromEntries(
        figureColumns.map((column) => {
          const figure = cellFigure(observations, id, column, period);
          return [
            column.id,
            figure
              ? {
                  text: text.value(column.measure, figure.value, figure.unit),
                  sortValue: figure.value,
                  csvValue: figure.value,
                  status: figure.status,
                  source: figure.source,
                  earlier: earlierValues(figure, (value) => text.value(column.measure, value, figure.unit)),
                }
              : { text: '—', sortValue: null, status: 'missing' as const },
          ];
        }),
      ),
    },
  }));

  const ready = !query.isPending && !query.isError && catalogue.data !== undefined;
  // On a slide, the indicators that do not fit the screen's width continue on the next slide, each
  // part with the region column, instead of running off the right edge. Room: the region column.
  // On paper likewise (A4 landscape holds the region and about five indicators): the printed parts
  // stand beside the screen's table, which print hides, so the screen is unchanged after a print.
  // An indicator column takes about 17 rem (narrower, its two-line heading wraps to three and the
  // table outgrows a 720-px-high screen).
  const perSlide = mode === 'normal' ? Infinity : room.columns(14, 17);
  const [regionColumn, ...indicatorColumns] = columns;
  const split = (size: number) =>
    size >= indicatorColumns.length
      ? [columns]
      : splitIntoParts(indicatorColumns, size).map((part) => [regionColumn!, ...part]);
  const shown = split(perSlide).map((part) => ({ part, print: false }));
  const printed = printing && mode === 'normal' ? split(PRINTED_COLUMNS).map((part) => ({ part, print: true })) : [];
  return [...shown, ...printed].map(({ part: partColumns, print }, index, all) => (
    <section
      key={index}
      className={`card chart-panel counties-table${printing && mode === 'normal' ? (print ? ' counties-table--print' : ' counties-table--screen') : ''}`}
      data-testid={print ? 'counties-table-printed' : 'counties-table'}
      aria-labelledby={`counties-table-title-${index}`}
      data-slide
    >
      <PanelHeader
        titleId={`counties-table-title-${index}`}
        title={
          <>
            {title}
            {partLabel(all.filter((p) => p.print === print).length, index - (print ? shown.length : 0))}
          </>
        }
        subtitle={t('counties:table.subtitle')}
      >
        <CsvButton
          columns={columns}
          rows={rows}
          fileName={() => fileName({ page: 'counties', subject: ['districts'], period }, 'csv')}
          disabled={!ready}
          testId="counties-table-csv"
        />
      </PanelHeader>
      {(query.isPending || catalogue.isPending) && <LoadingState />}
      {query.isError && <ErrorState error={query.error} onRetry={() => void query.refetch()} />}
      {catalogue.isError && <ErrorState error={catalogue.error} onRetry={() => void catalogue.refetch()} />}
      {ready && (
        <>
          <DataTable columns={partColumns} rows={rows} caption={title} testId="counties-table-grid" />
          <footer className="chart-panel__footer">
            <p className="counties-note">{t('counties:table.note')}</p>
            <SourceLine sources={observations.map((o) => o.source)} />
          </footer>
        </>
      )}
    </section>
  ));
}
