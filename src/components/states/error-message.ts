import type { TFunction } from 'i18next';
import { ApiError } from '../../lib/api-client';

/**
 * What went wrong, in the reader's language: timeout, network, HTTP status (and when to try again,
 * where the server said so with Retry-After) or a malformed payload.
 */
export function errorMessage(error: unknown, t: TFunction): string {
  if (error instanceof ApiError) {
    if (error.kind !== 'http') return t(`states.errors.${error.kind}`);
    const message = t('states.errors.http', { status: error.status });
    if (error.retryAfterSeconds === null) return message;
    const wait =
      error.retryAfterSeconds < 60
        ? t('states.errors.retryInSeconds', { value: Math.max(1, error.retryAfterSeconds) })
        : t('states.errors.retryInMinutes', { value: Math.ceil(error.retryAfterSeconds / 60) });
    return `${message}${t('states.errors.retryAfter', { wait })}`;
  }
  return t('states.errors.unknown');
}
