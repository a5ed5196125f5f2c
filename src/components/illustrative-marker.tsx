import { useTranslation } from 'react-i18next';

/** Marks a figure that no source gives. It goes wherever such a figure appears. */
export function IllustrativeMarker() {
  const { t } = useTranslation();
  return (
    <span className="illustrative-marker" title={t('figure.illustrativeHint')} data-testid="illustrative-marker">
      {t('figure.illustrative')}
    </span>
  );
}
