import { useTranslation } from 'react-i18next';
import { indicatorCategory, type IndicatorCategory } from '../../../api/contract/indicators';
import { useCurrentLanguage } from '../../../lib/use-current-language';
import { MEASURE_CHOICES, type MeasureChoice } from '../model/measure-choice';
import { useSelection } from '../model/use-selection';
import { textKey } from '../../../lib/language';

/** The catalogue's categories in the contract's order (overall first, livelihood last). */
const CATEGORY_ORDER: readonly IndicatorCategory[] = indicatorCategory.options;

/** Scope, indicator (the catalogue, by category) and measure; placed in the filter bar beside the period. */
export function CountyPickers() {
  const { t } = useTranslation('counties');
  const language = useCurrentLanguage();
  const selection = useSelection();
  const { scope, setScope, catalogue, indicatorId, measure, measures, setIndicator, setMeasure } = selection;
  const lang = textKey(language);

  return (
    <>
      <label className="filter-bar__field">
        <span className="filter-bar__label">{t('picker.scope')}</span>
        <select
          value={scope}
          onChange={(event) => setScope(event.target.value === 'peers' ? 'peers' : 'counties')}
          data-testid="counties-scope"
        >
          <option value="counties">{t('scope.counties')}</option>
          <option value="peers">{t('scope.peers')}</option>
        </select>
      </label>
      {scope === 'counties' && (
        <>
          <label className="filter-bar__field">
            <span className="filter-bar__label">{t('picker.indicator')}</span>
            <select
              value={indicatorId}
              onChange={(event) => setIndicator(event.target.value)}
              disabled={!catalogue.data}
              data-testid="counties-indicator"
            >
              {CATEGORY_ORDER.map((category) => {
                const items = (catalogue.data ?? []).filter((i) => i.category === category);
                if (items.length === 0) return null;
                return (
                  <optgroup key={category} label={t(`category.${category}`)}>
                    {items.map((indicator) => (
                      <option key={indicator.id} value={indicator.id}>
                        {indicator.name[lang]}
                      </option>
                    ))}
                  </optgroup>
                );
              })}
              {!catalogue.data && <option value={indicatorId}>{indicatorId}</option>}
            </select>
          </label>
          <label className="filter-bar__field">
            <span className="filter-bar__label">{t('picker.measure')}</span>
            <select
              value={measure}
              onChange={(event) => setMeasure(event.target.value as MeasureChoice, selection.defaultMeasure)}
              data-testid="counties-measure"
            >
              {MEASURE_CHOICES.filter((m) => measures.includes(m) || m === measure).map((m) => (
                <option key={m} value={m}>
                  {t(`measure.${m}`)}
                </option>
              ))}
            </select>
          </label>
        </>
      )}
    </>
  );
}
