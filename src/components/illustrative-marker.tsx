import { useTranslation } from 'react-i18next';

/**
 * Marks a figure that no source gives. It goes wherever such a figure appears; `compact` is the
 * short form for table cells, where the long English word would push columns off the screen.
 */
export function IllustrativeMarker({ compact = false }: { compact?: boolean }) {
  const { t } = useTranslation();
  return (
    <span
      className={`illustrative-marker${compact ? ' illustrative-marker--compact' : ''}`}
      title={t('figure.illustrativeHint')}
      data-testid="illustrative-marker"
    >
      {t(compact ? 'figure.illustrativeShort' : 'figure.illustrative')}
    </span>
  );
}
