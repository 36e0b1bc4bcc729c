import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { Shell } from '@/components';
import { errorMessage, isProblemError } from '@/lib/api';
import { useTranslation } from '@/lib/i18n';
import { useDocumentTitle } from '@/lib/use-document-title';
import { NotFoundContent } from './not-found';

export function AccessDeniedContent() {
  const { t } = useTranslation();
  useDocumentTitle(t('errors.accessDenied.pageTitle'));
  return (
    <div className="error-page">
      <h1>{t('errors.accessDenied.title')}</h1>
      <p>{t('errors.accessDenied.message')}</p>
      <p>
        <Link to="/">{t('errors.backHome')}</Link>
      </p>
    </div>
  );
}

function UnexpectedErrorContent({ error }: { error: unknown }) {
  const { t } = useTranslation();
  useDocumentTitle(t('errors.unexpected.pageTitle'));
  return (
    <div className="error-page">
      <h1>{t('errors.unexpected.title')}</h1>
      <p>{errorMessage(error, t)}</p>
      <p>
        <Link to="/">{t('errors.backHome')}</Link>
      </p>
    </div>
  );
}

function ErrorContent({ error }: { error: unknown }) {
  if (isProblemError(error, 403)) return <AccessDeniedContent />;
  // The API answers 404 for another tenant's record as for a missing one.
  if (isProblemError(error, 404) || (isRouteErrorResponse(error) && error.status === 404)) {
    return <NotFoundContent />;
  }
  return <UnexpectedErrorContent error={error} />;
}

/**
 * Error element of the routes: "access denied" for a 403, "not found" for a 404, a sober message
 * otherwise. `standalone` draws its own frame (the error happened outside the signed-in layout).
 */
export function RouteError({ standalone = false }: { standalone?: boolean }) {
  const error = useRouteError();
  return standalone ? (
    <Shell>
      <ErrorContent error={error} />
    </Shell>
  ) : (
    <ErrorContent error={error} />
  );
}
