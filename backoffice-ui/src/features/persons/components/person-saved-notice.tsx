import { useLocation } from 'react-router';
import { Alert } from '@/components';
import { useTranslation } from '@/lib/i18n';

/** After the edit form saved the record: says so above the verdict the change led to. */
export function PersonSavedNotice() {
  const { t } = useTranslation();
  const location = useLocation();
  const saved = (location.state as { saved?: boolean } | null)?.saved === true;
  if (!saved) return null;
  return <Alert variant="success">{t('criScreens.personEdit.saved')}</Alert>;
}
