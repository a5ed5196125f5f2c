import { useTranslation } from 'react-i18next';
import { formatPeriod } from '../lib/format';
import { useCurrentLanguage } from '../lib/use-current-language';
import { noticeValue } from './notice-value';
import { useGlobalFilters } from './use-global-filters';
import { useRefusedParams } from './param-notices';

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
  const { defaultPeriod } = useGlobalFilters();
  const { refused, dismiss } = useRefusedParams('global');

  const fallbackOf = (param: string) => {
    if (param === 'region') return t('filters.regionGroups.city');
    if (param === 'period') return formatPeriod(defaultPeriod, language);
    if (param === 'illustrative') return t('filters.illustrativeShown');
    if (param === 'theme') return t('theme.light');
    if (param === 'mode') return t('presentation.normal');
    if (param === 'views') return t('notice.fallback.views');
    if (param === 'interval') return t('notice.fallback.interval');
    return t('language.zh-CN');
  };
  return (
    <ParamNotice
      items={refused.map(({ param, value }) => ({ param, value, fallback: fallbackOf(param) }))}
      onDismiss={dismiss}
    />
  );
}
