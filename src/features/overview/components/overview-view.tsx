import { useTranslation } from 'react-i18next';
import { useRegionName } from '../../../api/endpoints/regions';
import { ErrorState, LoadingState } from '../../../components/states/states';
import { usePageFilters } from '../../../filters/use-global-filters';
import { formatPeriod } from '../../../lib/format';
import { useCurrentLanguage } from '../../../lib/use-current-language';
import { useHeadlineRows } from '../api/overview-queries';
import { useBriefing } from '../api/use-briefing';
import { AlertsPanel } from './alerts-panel';
import { BriefingPanel } from './briefing-panel';
import { CitiesPanel } from './cities-panel';
import { HeadlineTable } from './headline-table';
import { WallSources } from '../../../components/wall-sources';
import { useViewPreferences } from '../../../filters/use-view-preferences';
import { splitEvenly, useSlideRoom } from '../../../lib/slide-room';
import { rowSources, targetsApply, type HeadlineColumns, type HeadlineRow } from '../model/headline-rows';
import './overview-view.css';

/**
 * The briefing page for the selected area and period: the headline indicators with their lights
 * against the 2024 targets, on one screen. On a 1920×1080 screen and on one A4 landscape page the
 * three parts sit side by side (headline table; briefing and alerts; the 11 cities), see the CSS.
 */
export function OverviewView() {
  const { t } = useTranslation(['overview', 'common']);
  const language = useCurrentLanguage();
  const { region, period } = usePageFilters();
  const nameOf = useRegionName();
  const headline = useHeadlineRows();
  const briefing = useBriefing(headline.rows);
  const { mode } = useViewPreferences();
  const room = useSlideRoom();
  // On slides (presenter, wall) the table is never cut or shrunk: its figures and its target lights
  // go to slides of their own, each split by the rows that fit at reading size (a row of figures runs
  // to about two lines, one of targets to three: the target's wording, its status and figure).
  // Outside 2024 no target applies: no target slides, and the page says so once.
  const withTargets = headline.rows ? targetsApply(headline.rows) : true;
  const slideParts: { columns: HeadlineColumns; rows: readonly HeadlineRow[]; part: string | null }[] =
    mode === 'normal' || !headline.rows
      ? [{ columns: 'all', rows: headline.rows ?? [], part: null }]
      : (withTargets ? (['figures', 'targets'] as const) : (['figures'] as const)).flatMap((columns) =>
          splitEvenly(headline.rows!, room.rows(10, columns === 'figures' ? 4 : 4.6)).map((rows, index, all) => ({
            columns,
            rows,
            part: all.length > 1 ? `${index + 1}/${all.length}` : null,
          })),
        );

  return (
    <div className="overview-view">
      {slideParts.map(({ columns, rows, part }, index) => {
        const titleId = index === 0 ? 'overview-headline-title' : `overview-headline-title-${index + 1}`;
        return (
          <section
            key={`${columns}-${index}`}
            className="card overview-view__headline"
            aria-labelledby={titleId}
            data-slide
          >
            <h3 id={titleId} className="section-title">
              {t('overview:sections.headline')}
              <span className="overview-view__context" data-testid={index === 0 ? 'overview-context' : undefined}>
                {nameOf(region)} · {formatPeriod(period, language)}
                {part && ` (${part})`}
              </span>
            </h3>
            {index === 0 && headline.isPending && <LoadingState />}
            {index === 0 && headline.error && <ErrorState error={headline.error} onRetry={headline.retry} />}
            {index === 0 && headline.provinceUnavailable && <p role="status">{t('overview:provinceUnavailable')}</p>}
            {index === 0 && headline.targetsUnavailable && <p role="status">{t('overview:targetsUnavailable')}</p>}
            {headline.rows && <HeadlineTable rows={rows} columns={columns} />}
            {!withTargets && index === slideParts.length - 1 && (
              <p className="overview-view__legend" data-testid="overview-no-targets">
                {t('overview:light.otherYear')}
              </p>
            )}
            {(columns !== 'figures' || mode === 'normal' || (!withTargets && index === slideParts.length - 1)) && (
              <p
                className="overview-view__legend"
                data-testid={columns === 'all' || index === slideParts.length - 1 ? 'overview-legend' : undefined}
              >
                {t('overview:legend')}
              </p>
            )}
            <WallSources sources={rows.flatMap((row) => rowSources(row, columns))} />
          </section>
        );
      })}
      <div className="overview-view__side">
        <section className="card overview-view__briefing" aria-labelledby="overview-briefing-title" data-slide>
          <h3 id="overview-briefing-title" className="section-title">
            {t('overview:sections.briefing')}
          </h3>
          <p className="overview-view__legend">{t('overview:briefing.note')}</p>
          {headline.isPending && <LoadingState />}
          {briefing && headline.rows && (
            <BriefingPanel briefing={briefing} rows={headline.rows} regionName={nameOf(region)} />
          )}
          {briefing && (
            <WallSources
              sources={briefing.paragraphs.flatMap((p) =>
                p.segments.flatMap((s) => (s.kind === 'figure' ? s.observations.map((o) => o.source) : [])),
              )}
            />
          )}
        </section>
        <section className="card overview-view__alerts" aria-labelledby="overview-alerts-title" data-slide>
          <h3 id="overview-alerts-title" className="section-title">
            {t('overview:alerts.title')}
          </h3>
          {headline.isPending && <LoadingState />}
          {headline.alertsUnavailable && <p role="status">{t('overview:alerts.unavailable')}</p>}
          {headline.rows && headline.alerts && <AlertsPanel alerts={headline.alerts} rows={headline.rows} />}
          {headline.alerts && headline.alerts.length > 0 && (
            <WallSources sources={headline.alerts.flatMap((alert) => alert.figures.map((f) => f.source))} />
          )}
        </section>
      </div>
      <section className="card overview-view__cities" aria-labelledby="overview-cities-title" data-slide>
        <h3 id="overview-cities-title" className="section-title">
          {t('overview:cities.title')}
        </h3>
        <CitiesPanel />
      </section>
    </div>
  );
}
