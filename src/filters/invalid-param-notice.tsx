import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { formatPeriod } from '../lib/format';
import { useCurrentLanguage } from '../lib/use-current-language';
import { noticeValue } from './notice-value';
import { useGlobalFilters } from './use-global-filters';
import { readUrlNotice } from './use-url-guard';
import type { InvalidParam } from './url-params';

export interface NoticeItem {
  param: string;
  value: string;
  /** What is shown instead, in the reader's language. */
  fallback: string;
}

/**
 * The one notice about invalid link parameters, on every page: which parameter, the value (shortened)
 * and what is shown instead; dismissing it is the caller's (it clears the state or the link).
 */
export function ParamNotice({
  items,
  onDismiss,
  testId = 'invalid-param-notice',
}: {
  items: readonly NoticeItem[];
  onDismiss: () => void;
  testId?: string;
}) {
  const { t } = useTranslation();
  if (items.length === 0) return null;
  return (
    <div className="notice" role="alert" data-testid={testId}>
      <span>{t('notice.invalidParams')}</span>
      <ul>
        {items.map(({ param, value, fallback }) => (
          <li key={param}>{t('notice.invalidParam', { param, value: noticeValue(value), fallback })}</li>
        ))}
      </ul>
      <button type="button" className="button button--quiet" onClick={onDismiss}>
        {t('notice.dismiss')}
      </button>
    </div>
  );
}

/** Says which link parameters were invalid and what is shown instead. */
export function InvalidParamNotice() {
  const { t } = useTranslation();
  const language = useCurrentLanguage();
  const location = useLocation();
  const navigate = useNavigate();
  const { defaultPeriod } = useGlobalFilters();
  const invalid = readUrlNotice(location.state);

  const fallbackOf = (param: InvalidParam['param']) => {
    if (param === 'region') return t('filters.regionGroups.city');
    if (param === 'period') return formatPeriod(defaultPeriod, language);
    if (param === 'illustrative') return t('filters.illustrativeShown');
    if (param === 'theme') return t('theme.light');
    if (param === 'mode') return t('presentation.normal');
    if (param === 'views') return t('notice.fallback.views');
    if (param === 'interval') return t('notice.fallback.interval');
    return t('language.zh-CN');
  };
  const dismiss = () =>
    void navigate({ pathname: location.pathname, search: location.search }, { replace: true, state: null });

  return (
    <ParamNotice
      items={invalid.map(({ param, value }) => ({ param, value, fallback: fallbackOf(param) }))}
      onDismiss={dismiss}
    />
  );
}
