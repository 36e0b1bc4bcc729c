import { errorMessage } from '@/lib/api';
import { useTranslation } from '@/lib/i18n';
import { Alert } from './alert';

export interface LoadStatusProps {
  isPending: boolean;
  error: unknown;
}

/** While a read is under way, "loading" (announced); when it failed, why. Nothing once the data is there. */
export function LoadStatus({ isPending, error }: LoadStatusProps) {
  const { t } = useTranslation();
  return (
    <>
      {isPending && <p role="status">{t('common.loading')}</p>}
      {Boolean(error) && (
        <Alert variant="error" title={t('errors.unexpected.title')}>
          <p>{errorMessage(error, t)}</p>
        </Alert>
      )}
    </>
  );
}
