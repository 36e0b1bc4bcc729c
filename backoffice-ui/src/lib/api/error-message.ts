import type { Translate } from '@/lib/i18n';
import { NetworkError, ProblemError } from './problem';

/** The sentence to show for a failed request: the server's own detail when it gave one. */
export function errorMessage(error: unknown, t: Translate): string {
  if (error instanceof ProblemError) {
    if (error.detail) return error.detail;
    if (error.type !== 'about:blank') return error.title;
    return t('errors.unexpected.message');
  }
  if (error instanceof NetworkError) return t('errors.network');
  return t('errors.unexpected.message');
}
