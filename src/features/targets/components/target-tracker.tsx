import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useRegionName } from '../../../api/endpoints/regions';
import { EmptyState, ErrorState, LoadingState } from '../../../components/states/states';
import { ParamNotice } from '../../../filters/invalid-param-notice';
import { useRefusedParams } from '../../../filters/param-notices';
import { useSearchUpdate } from '../../../filters/use-search-update';
import { useGlobalFilters, usePageFilters } from '../../../filters/use-global-filters';
import { useViewPreferences } from '../../../filters/use-view-preferences';
import { useExportFileName } from '../../../components/chart-panel/use-export-file-name';
import { downloadCsv } from '../../../lib/csv';
import { formatPeriod } from '../../../lib/format';
import { isDashboardPeriod } from '../../../lib/periods';
import { useCurrentLanguage } from '../../../lib/use-current-language';
import { useTrackerData } from '../api/use-tracker-data';
import { readTargetParams, targetParamIds, writeTargetParams, type TargetParamName } from '../model/page-params';
import { buildTargetCsv } from '../model/target-csv';
import { TARGET_STATUSES } from '../../../domain/targets';
import {
  buildRows,
  filterRows,
  groupByArea,
  periodsWithFigures,
  sameTimeInTargetYear,
  scopeOf,
  TARGET_YEAR,
  type TrackerData,
  type TrackerRow,
} from '../model/target-view';
import { StatusLegend, StatusOverview, type OverviewPart } from './status-overview';
import { splitEvenly, useSlideRoom } from '../../../lib/slide-room';
import { TargetDetail } from './target-detail';
import { TargetTable } from './target-table';
import './targets.css';
import { textKey } from '../../../lib/language';
import type { TargetArea } from '../../../api/contract/targets';

/** The 2024 target tracker: overview, legend, filters, grouped list, detail. */
export function TargetTracker() {
  const query = useTrackerData();
  if (query.state === 'pending') return <LoadingState />;
  if (query.state === 'error') return <ErrorState error={query.error} onRetry={query.retry} />;
  return <TrackerView data={query.data} />;
}

function TrackerView({ data }: { data: TrackerData }) {
  const { mode } = useViewPreferences();
  const room = useSlideRoom();
  const { t } = useTranslation('targets');
  const fileName = useExportFileName();
  const language = useCurrentLanguage();
  const lang = textKey(language);
  const { region, period, figureStatus } = usePageFilters();
  const { setRegion, setPeriod } = useGlobalFilters();
  const nameOf = useRegionName();
  const [search] = useSearchParams();
  const updateSearch = useSearchUpdate();
  // The URL guard has refused invalid values before render (malformed ones, and ids the data does
  // not have); the notice says which.
  const { refused, dismiss } = useRefusedParams('targets');

  const known = useMemo(() => targetParamIds(data), [data]);
  const { params } = readTargetParams(search, known);

  const update = useCallback(
    (changes: Partial<Record<TargetParamName, string | undefined>>, replace = false) =>
      updateSearch((previous) => writeTargetParams(previous, changes), { replace }),
    [updateSearch],
  );

  const scope = scopeOf(region);
  const rows = useMemo(() => buildRows(data, scope.owner, period), [data, scope.owner, period]);
  const filtered = useMemo(() => filterRows(rows, params), [rows, params]);
  const groups = groupByArea(filtered, data.areas);
  const scopeAreas = data.areas.filter((a) => rows.some((r) => r.target.area === a.id));
  // On a slide the overview's counts are one slide and its work areas as many as the screen needs
  // (room: the filters, the title and head of the table, its source line; a row is one line), so that
  // neither is shrunk below reading size. On a page, one overview.
  const areasPerSlide = room.rows(14, 2.4);
  const overviewSlides: { part: OverviewPart; areas: readonly TargetArea[]; partLabel?: string }[] =
    mode === 'normal'
      ? [{ part: 'all', areas: data.areas }]
      : [
          { part: 'counts', areas: data.areas },
          ...splitEvenly(
            [...scopeAreas].sort((a, b) => a.order - b.order),
            areasPerSlide,
          ).map((areas, index, all) => ({
            part: 'areas' as const,
            areas,
            partLabel: all.length > 1 ? `${index + 1}/${all.length}` : undefined,
          })),
        ];
  const selected = params.target ? rows.find((r) => r.target.id === params.target) : undefined;

  const periodLabel = formatPeriod(period, language);
  const otherYear = !period.startsWith(String(TARGET_YEAR));
  const withFigures = periodsWithFigures(rows);
  const judgedNow = rows.some((r) => r.judgement.status !== 'no-data');

  const exportCsv = () => {
    const csv = buildTargetCsv(
      filtered,
      {
        header: {
          area: t('export.area'),
          target: t('export.target'),
          value: t('export.value'),
          period: t('export.period'),
          progress: t('export.progress'),
          progressUnit: t('export.progressUnit'),
          completion: t('export.completion'),
          elapsed: t('export.elapsed'),
          compared: t('export.compared'),
          status: t('export.status'),
          note: t('export.note'),
          source: t('export.source'),
          sourceDate: t('export.sourceDate'),
          sourceQuote: t('export.sourceQuote'),
          targetSource: t('export.targetSource'),
        },
        status: (row) => t(`status.${row.judgement.status}`),
        note: (row) => rowNote(row, t),
        period: periodLabel,
        growthUnit: t('export.growthUnit'),
        changeUnit: t('export.changeUnit'),
      },
      language,
    );
    downloadCsv(fileName({ page: 'targets', subject: [String(TARGET_YEAR), scope.owner], period }, 'csv'), csv);
  };

  return (
    <div className="targets-page">
      <ParamNotice
        items={refused.map(({ param, value }) => ({
          param,
          value,
          fallback: t(`notice.fallback.${param as TargetParamName}`),
        }))}
        onDismiss={dismiss}
        testId="targets-param-notice"
      />

      {scope.cityWide && (
        <div className="targets-info" role="status" data-testid="targets-city-wide">
          {t('scope.cityWide', { region: nameOf(region) })}{' '}
          <button type="button" className="link-button" onClick={() => setRegion('binhai')}>
            {t('scope.seeBinhai')}
          </button>
        </div>
      )}
      {region === '330600' && (
        <div className="targets-info targets-info--quiet" data-testid="targets-binhai-hint">
          {t('scope.binhaiHint', { count: data.targets.filter((x) => x.owner === 'binhai').length })}{' '}
          <button type="button" className="link-button" onClick={() => setRegion('binhai')}>
            {t('scope.seeBinhai')}
          </button>
        </div>
      )}
      {region === 'binhai' && (
        <div className="targets-info" role="status" data-testid="targets-binhai">
          {t('scope.binhai')}
        </div>
      )}

      {otherYear && (
        <div className="targets-info targets-info--warning" role="status" data-testid="targets-other-year">
          {t('period.otherYear', { period: periodLabel, year: TARGET_YEAR })}{' '}
          {(() => {
            const same = sameTimeInTargetYear(period);
            return same && isDashboardPeriod(same) ? (
              <button type="button" className="link-button" onClick={() => setPeriod(same)}>
                {t('period.switchTo', { period: formatPeriod(same, language) })}
              </button>
            ) : null;
          })()}
        </div>
      )}
      {!otherYear && !judgedNow && (
        <div className="targets-info targets-info--warning" role="status" data-testid="targets-no-figures">
          {t('period.noFigures', { period: periodLabel })}{' '}
          {withFigures.map((p) =>
            isDashboardPeriod(p) ? (
              <button key={p} type="button" className="link-button" onClick={() => setPeriod(p)}>
                {t('period.switchTo', { period: formatPeriod(p, language) })}
              </button>
            ) : null,
          )}
        </div>
      )}

      {/* The overview and each work area are slides in presenter and wall modes, and pages in print;
          on a slide the legend of the statuses is a slide of its own, so the overview keeps its size. */}
      {overviewSlides.map(({ part, areas, partLabel }, index) => (
        <div key={index} className="targets-top" data-slide>
          <StatusOverview
            part={part}
            partLabel={partLabel}
            rows={rows}
            areas={areas}
            periodLabel={periodLabel}
            scopeLabel={nameOf(scope.owner)}
            activeStatus={params.status}
            onStatus={(status) => update({ status })}
            onArea={(area) => update({ area })}
          />
          {mode === 'normal' && <StatusLegend />}
        </div>
      ))}
      {mode !== 'normal' && (
        // The legend explains the statuses and shows no figure: the one slide without a source line.
        <div className="targets-top" data-slide data-slide-without-figures>
          <StatusLegend />
        </div>
      )}

      <section className="targets-toolbar" aria-label={t('filters.label')}>
        <label className="targets-toolbar__field">
          <span>{t('filters.status')}</span>
          <select
            value={params.status ?? ''}
            onChange={(event) => update({ status: event.target.value || undefined })}
            data-testid="targets-filter-status"
          >
            <option value="">{t('filters.allStatuses')}</option>
            {TARGET_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`status.${status}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="targets-toolbar__field">
          <span>{t('filters.area')}</span>
          <select
            value={params.area ?? ''}
            onChange={(event) => update({ area: event.target.value || undefined })}
            data-testid="targets-filter-area"
          >
            <option value="">{t('filters.allAreas')}</option>
            {scopeAreas.map((area) => (
              <option key={area.id} value={area.id}>
                {area.name[lang]}
              </option>
            ))}
          </select>
        </label>
        <label className="targets-toolbar__field targets-toolbar__search">
          <span>{t('filters.search')}</span>
          <input
            type="search"
            // The raw text of the link, so spaces typed between words stay while typing.
            value={params.q === undefined ? '' : (search.get('q') ?? '')}
            placeholder={t('filters.searchPlaceholder')}
            maxLength={100}
            onChange={(event) => update({ q: event.target.value }, true)}
            data-testid="targets-search"
          />
        </label>
        <span className="targets-toolbar__count" data-testid="targets-showing" data-count={filtered.length}>
          {t('filters.showing', { shown: filtered.length, total: rows.length })}
        </span>
        {(params.status || params.area || params.q?.trim()) && (
          <button
            type="button"
            className="button button--quiet"
            onClick={() => update({ status: undefined, area: undefined, q: undefined })}
          >
            {t('filters.clear')}
          </button>
        )}
        <button
          type="button"
          className="button"
          onClick={exportCsv}
          disabled={filtered.length === 0}
          data-testid="targets-export"
        >
          {t('export.button')}
        </button>
      </section>

      {filtered.length === 0 ? (
        <EmptyState message={t('filters.empty')} />
      ) : (
        <TargetTable groups={groups} selected={params.target} onSelect={(id) => update({ target: id })} />
      )}

      {selected && (
        <TargetDetail row={selected} figureStatus={figureStatus} onClose={() => update({ target: undefined })} />
      )}
    </div>
  );
}

type Translate = ReturnType<typeof useTranslation<'targets'>>['t'];

function rowNote(row: TrackerRow, t: Translate): string {
  const parts: string[] = [];
  if (row.judgement.status === 'no-data') parts.push(t(`reason.${row.judgement.reason ?? 'no-progress'}`));
  for (const caveat of row.judgement.caveats) parts.push(t(`caveat.${caveat}`));
  return parts.join('; ');
}
