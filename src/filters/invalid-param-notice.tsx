import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { formatPeriod } from '../lib/format';
import { useCurrentLanguage } from '../lib/use-current-language';
import { useGlobalFilters } from './use-global-filters';
import { readUrlNotice } from './use-url-guard';
import type { InvalidParam } from './url-params';

/** Says which link parameters were invalid and what is shown instead. */
export function InvalidParamNotice() {
  const { t } = useTranslation();
  const language = useCurrentLanguage();
  const location = useLocation();
  const navigate = useNavigate();
  const { defaultPeriod } = useGlobalFilters();
  const invalid = readUrlNotice(location.state);
  if (invalid.length === 0) return null;

  const fallbackOf = (param: InvalidParam['param']) => {
    if (param === 'region') return t('filters.regionGroups.city');
    if (param === 'period') return formatPeriod(defaultPeriod, language);
    if (param === 'illustrative') return t('filters.illustrativeShown');
    if (param === 'theme') return t('theme.light');
    if (param === 'mode') return t('presentation.normal');
    return t('language.zh-CN');
  };
  const dismiss = () =>
    void navigate({ pathname: location.pathname, search: location.search }, { replace: true, state: null });

  return (
    <div className="notice" role="alert" data-testid="invalid-param-notice">
      <span>{t('notice.invalidParams')}</span>
      <ul>
        {invalid.map(({ param, value }) => (
          <li key={param}>{t('notice.invalidParam', { param, value, fallback: fallbackOf(param) })}</li>
        ))}
      </ul>
      <button type="button" className="button button--quiet" onClick={dismiss}>
        {t('notice.dismiss')}
      </button>
    </div>
  );
}
