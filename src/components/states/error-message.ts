import type { TFunction } from 'i18next';
import { ApiError } from '../../lib/api-client';

/** What went wrong, in the reader's language: timeout, network, HTTP status or a malformed payload. */
export function errorMessage(error: unknown, t: TFunction): string {
  if (error instanceof ApiError) {
    return error.kind === 'http' ? t('states.errors.http', { status: error.status }) : t(`states.errors.${error.kind}`);
  }
  return t('states.errors.unknown');
}
