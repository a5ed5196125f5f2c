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

  return (
    <div className="overview-view">
      <section className="card overview-view__headline" aria-labelledby="overview-headline-title" data-slide>
        <h3 id="overview-headline-title" className="section-title">
          {t('overview:sections.headline')}
          <span className="overview-view__context" data-testid="overview-context">
            {nameOf(region)} · {formatPeriod(period, language)}
          </span>
        </h3>
        {headline.isPending && <LoadingState />}
        {headline.error && <ErrorState error={headline.error} onRetry={headline.retry} />}
        {headline.provinceUnavailable && <p role="status">{t('overview:provinceUnavailable')}</p>}
        {headline.targetsUnavailable && <p role="status">{t('overview:targetsUnavailable')}</p>}
        {headline.rows && <HeadlineTable rows={headline.rows} />}
        <p className="overview-view__legend" data-testid="overview-legend">
          {t('overview:legend')}
        </p>
      </section>
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
        </section>
        <section className="card overview-view__alerts" aria-labelledby="overview-alerts-title" data-slide>
          <h3 id="overview-alerts-title" className="section-title">
            {t('overview:alerts.title')}
          </h3>
          {headline.isPending && <LoadingState />}
          {headline.alertsUnavailable && <p role="status">{t('overview:alerts.unavailable')}</p>}
          {headline.rows && headline.alerts && <AlertsPanel alerts={headline.alerts} rows={headline.rows} />}
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
