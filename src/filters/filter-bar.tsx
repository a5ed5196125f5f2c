import { useTranslation } from 'react-i18next';
import { useRegionName, useRegions } from '../api/endpoints/regions';
import { formatPeriod } from '../lib/format';
import { DASHBOARD_PERIODS, parsePeriod, type DashboardPeriod } from '../lib/periods';
import { useCurrentLanguage } from '../lib/use-current-language';
import { useGlobalFilters } from './use-global-filters';
import { CITY_REGION, FILTER_REGION_IDS } from '../domain/regions';
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

/**
 * One filter as a labelled select; its options are the filter's own values, so the value read back
 * is one of them. Tests find it by `filter-<name>`.
 */
function FilterSelect<T extends string>({
  label,
  name,
  value,
  onChange,
  children,
}: {
  label: string;
  name: string;
  value: T;
  onChange: (value: T) => void;
  children: React.ReactNode;
}) {
  return (
    <label className="filter-bar__field">
      <span className="filter-bar__label">{label}</span>
      <select
        name={name}
        value={value}
        onChange={(event) => onChange(event.target.value as T)}
        data-testid={`filter-${name}`}
      >
        {children}
      </select>
    </label>
  );
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
      <FilterSelect label={t('filters.region')} name="region" value={region} onChange={setRegion}>
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
      </FilterSelect>
      <FilterSelect label={t('filters.period')} name="period" value={period} onChange={setPeriod}>
        {[...periodsByYear()].map(([year, periods]) => (
          <optgroup key={year} label={language === 'zh-CN' ? `${year}年` : String(year)}>
            {periods.map((id) => (
              <option key={id} value={id}>
                {formatPeriod(id, language)}
              </option>
            ))}
          </optgroup>
        ))}
      </FilterSelect>
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
