import { Link } from 'react-router';
import { Shell } from '@/components';
import { useTranslation } from '@/lib/i18n';
import { useDocumentTitle } from '@/lib/use-document-title';

export function NotFoundContent() {
  const { t } = useTranslation();
  useDocumentTitle(t('errors.notFound.pageTitle'));
  return (
    <div className="error-page">
      <h1>{t('errors.notFound.title')}</h1>
      <p>{t('errors.notFound.message')}</p>
      <p>
        <Link to="/">{t('errors.backHome')}</Link>
      </p>
    </div>
  );
}

/** Any path the app does not know. */
export function NotFoundRoute() {
  return (
    <Shell>
      <NotFoundContent />
    </Shell>
  );
}
