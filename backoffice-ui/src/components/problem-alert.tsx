import { errorMessage, isProblemError, ProblemError } from '@/lib/api';
import { useTranslation } from '@/lib/i18n';
import { ErrorSummary } from './error-summary';

export interface ProblemAlertProps {
  error: unknown;
  /**
   * The fields the form shows issues next to. Kept for the callers that name them: the summary now finds every
   * field by its name in the form, and links each issue to it.
   */
  fields?: readonly string[];
}

/**
 * What went wrong with a change, above its form, focused and scrolled into view: "changed meanwhile, reloaded" for a
 * 412, otherwise the problem's `detail` and each issue as a link to its field (see {@link ErrorSummary}).
 */
export function ProblemAlert({ error }: ProblemAlertProps) {
  const { t } = useTranslation();
  if (!error) return null;
  if (isProblemError(error, 412)) {
    return (
      <ErrorSummary title={t('problems.staleTitle')} issues={[]} focusKey={error}>
        <p>{t('problems.stale')}</p>
      </ErrorSummary>
    );
  }
  const issues = error instanceof ProblemError ? error.issues : [];
  return (
    <ErrorSummary title={t('problems.refusedTitle')} issues={issues} focusKey={error}>
      <p>{errorMessage(error, t)}</p>
    </ErrorSummary>
  );
}

/** The field issues of a failed request (a 400), to pass to the fields of the form. */
export function problemIssues(error: unknown) {
  return error instanceof ProblemError ? error.issues : [];
}
