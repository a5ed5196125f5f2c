import { useTranslation } from 'react-i18next';
import { useRegionName, useRegions } from '../api/endpoints/regions';
import { formatPeriod } from '../lib/format';
import { DASHBOARD_PERIODS, parsePeriod, type DashboardPeriod } from '../lib/periods';
import { useCurrentLanguage } from '../lib/use-current-language';
import { useGlobalFilters } from './use-global-filters';
import { CITY_REGION, FILTER_REGION_IDS, type FilterRegion } from '../domain/regions';
import './filter-bar.css';

const COUNTY_IDS = FILTER_REGION_IDS.filter((id) => id !== CITY_REGION && id !== 'binhai');

function periodsByYear(): Map<number, DashboardPeriod[]> {
  const byYear = new Map<number, DashboardPeriod[]>();
  for (const period of DASHBOARD_PERIODS) {
    const year = parsePeriod(period)?.year ?? 0;
    byYear.set(year, [...(byYear.get(year) ?? []), period]);
  }
  return byYear;
}

/** District, period and the illustrative switch, the global filters; all live in the URL. */
export function FilterBar({ children }: { children?: React.ReactNode }) {
  const { t } = useTranslation();
  const language = useCurrentLanguage();
  const { region, period, illustrative, setRegion, setPeriod, setIllustrative } = useGlobalFilters();
  const regions = useRegions();
  const nameOf = useRegionName();

  return (
    <section className="filter-bar" aria-label={t('filters.label')}>
      <label className="filter-bar__field">
        <span className="filter-bar__label">{t('filters.region')}</span>
        <select
          name="region"
          value={region}
          onChange={(event) => setRegion(event.target.value as FilterRegion)}
          data-testid="filter-region"
        >
          <optgroup label={t('filters.regionGroups.city')}>
            <option value={CITY_REGION}>{nameOf(CITY_REGION)}</option>
          </optgroup>
          <optgroup label={t('filters.regionGroups.counties')}>
            {COUNTY_IDS.map((id) => (
              <option key={id} value={id}>
                {nameOf(id)}
              </option>
            ))}
          </optgroup>
          <optgroup label={t('filters.regionGroups.zones')}>
            <option value="binhai">{nameOf('binhai')}</option>
          </optgroup>
        </select>
      </label>
      <label className="filter-bar__field">
        <span className="filter-bar__label">{t('filters.period')}</span>
        <select
          name="period"
          value={period}
          onChange={(event) => setPeriod(event.target.value as DashboardPeriod)}
          data-testid="filter-period"
        >
          {[...periodsByYear()].map(([year, periods]) => (
            <optgroup key={year} label={language === 'zh-CN' ? `${year}年` : String(year)}>
              {periods.map((id) => (
                <option key={id} value={id}>
                  {formatPeriod(id, language)}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </label>
      <label className="filter-bar__toggle" title={t('filters.illustrativeHint')}>
        <input
          type="checkbox"
          name="illustrative"
          checked={illustrative === 'show'}
          onChange={(event) => setIllustrative(event.target.checked ? 'show' : 'hide')}
          data-testid="filter-illustrative"
        />
        <span>{t('filters.illustrative')}</span>
      </label>
      {regions.isError && (
        <span className="filter-bar__warning" role="status">
          {t('filters.regionsUnavailable')}
        </span>
      )}
      {children}
    </section>
  );
}
