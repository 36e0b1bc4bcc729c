import { errorMessage, isProblemError, issuesOutside, ProblemError } from '@/lib/api';
import { useTranslation } from '@/lib/i18n';
import { Alert } from './alert';

export interface ProblemAlertProps {
  error: unknown;
  /** The fields the form shows issues next to; the other issues are listed here. */
  fields?: readonly string[];
}

/**
 * What went wrong with a change, above its form: "changed meanwhile, reloaded" for a 412, the
 * problem's `detail` for a refusal (409) or anything else, and the issues no field shows.
 */
export function ProblemAlert({ error, fields = [] }: ProblemAlertProps) {
  const { t } = useTranslation();
  if (!error) return null;
  if (isProblemError(error, 412)) {
    return <Alert variant="error" title={t('problems.staleTitle')}><p>{t('problems.stale')}</p></Alert>;
  }
  const outside = error instanceof ProblemError ? issuesOutside(error.issues, fields) : [];
  return (
    <Alert variant="error" title={t('problems.refusedTitle')}>
      <p>{errorMessage(error, t)}</p>
      {outside.length > 0 && (
        <ul>
          {outside.map((issue) => (
            <li key={`${issue.field ?? ''}:${issue.message}`}>
              {issue.field ? `${issue.field} : ` : ''}
              {issue.message}
            </li>
          ))}
        </ul>
      )}
    </Alert>
  );
}

/** The field issues of a failed request (a 400), to pass to the fields of the form. */
export function problemIssues(error: unknown) {
  return error instanceof ProblemError ? error.issues : [];
}
