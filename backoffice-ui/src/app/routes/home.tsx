import { Alert } from '@/components';
import { useCurrentUser } from '@/features/auth';
import { HomePage } from '@/features/home';
import { errorMessage } from '@/lib/api';
import { useTranslation } from '@/lib/i18n';

export function HomeRoute() {
  const { t } = useTranslation();
  const { data: user, error, isPending } = useCurrentUser();
  if (user) return <HomePage user={user} />;
  if (isPending) return <p role="status">{t('home.loading')}</p>;
  return (
    <Alert variant="error" title={t('errors.unexpected.title')}>
      <p>{errorMessage(error, t)}</p>
    </Alert>
  );
}
