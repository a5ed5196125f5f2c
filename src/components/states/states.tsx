/**
 * The shared states of every widget: loading, empty, error (with retry) and a missing figure.
 * Each speaks for the place it stands in, so one failed widget never takes the page down.
 */
import { useTranslation } from 'react-i18next';
import { errorMessage } from './error-message';
import './states.css';

export function LoadingState({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <div className="state state--loading" role="status" aria-live="polite">
      <span className="state__spinner" aria-hidden="true" />
      {label ?? t('states.loading')}
    </div>
  );
}

export function EmptyState({ message }: { message?: string }) {
  const { t } = useTranslation();
  return (
    <div className="state state--empty" role="status">
      {message ?? t('states.empty')}
    </div>
  );
}

export function ErrorState({
  error,
  onRetry,
  compact = false,
  title,
}: {
  error: unknown;
  onRetry?: () => void;
  compact?: boolean;
  /** What failed, where it is not data (a page that could not load). */
  title?: string;
}) {
  const { t } = useTranslation();
  const detail = error instanceof Error ? error.message : null;
  return (
    <div className={`state state--error${compact ? ' state--compact' : ''}`} role="alert">
      <strong className="state__title">{title ?? t('states.errorTitle')}</strong>
      <span>{errorMessage(error, t)}</span>
      {detail && <small className="state__detail">{t('states.errorDetail', { detail })}</small>}
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          {t('states.retry')}
        </button>
      )}
    </div>
  );
}

export type MissingReason = 'notPublished' | 'hidden';

/** "—" where a figure is missing, with the reason on hover and for screen readers. Missing is never zero. */
export function MissingFigure({
  reason = 'notPublished',
  showReason = false,
}: {
  reason?: MissingReason;
  showReason?: boolean;
}) {
  const { t } = useTranslation();
  const text = t(`states.missingReasons.${reason}`);
  return (
    <span className="missing-figure" title={text} data-missing={reason}>
      <span aria-hidden="true">—</span>
      <span className={showReason ? 'missing-figure__reason' : 'visually-hidden'}>{text}</span>
    </span>
  );
}
