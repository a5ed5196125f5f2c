import { useTranslation } from 'react-i18next';
import { revisionHint, type EarlierValue } from '../domain/revisions';

/**
 * Marks a figure that a later release of the data revised; its title gives the earlier value(s)
 * with the release and date that published them. It goes wherever such a figure's value is shown,
 * like the second-hand mark; nothing is shown for a figure never revised.
 */
export function RevisedMarker({ earlier, compact = false }: { earlier: readonly EarlierValue[]; compact?: boolean }) {
  const { t } = useTranslation();
  if (earlier.length === 0) return null;
  const hint = revisionHint(earlier, (key, options) => t(key, options));
  return (
    <span
      className={`revised-marker${compact ? ' revised-marker--compact' : ''}`}
      title={hint}
      aria-label={hint}
      data-testid="revised-marker"
    >
      {t('figure.revised')}
    </span>
  );
}
