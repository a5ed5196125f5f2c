import { useTranslation } from 'react-i18next';

/**
 * Marks a figure from a secondary source (an aggregator or forum restating figures), so that it is
 * never read as an official one. It goes wherever such a figure appears, like the illustrative mark.
 */
export function SecondaryMarker({ compact = false }: { compact?: boolean }) {
  const { t } = useTranslation();
  return (
    <span
      className={`secondary-marker${compact ? ' secondary-marker--compact' : ''}`}
      title={t('figure.secondaryHint')}
      data-testid="secondary-marker"
    >
      {t(compact ? 'figure.secondaryShort' : 'figure.secondary')}
    </span>
  );
}
