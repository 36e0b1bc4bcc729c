import { Link } from 'react-router';
import { useTranslation } from '@/lib/i18n';
import './admin.css';

/** The administrator's landing: the three pages of their work. */
export function AdminLinks() {
  const { t } = useTranslation();
  return (
    <nav aria-labelledby="admin-links-title">
      <h2 id="admin-links-title">{t('admin.home.title')}</h2>
      <ul className="admin-links">
        <li>
          <Link to="/admin/users">{t('admin.home.users')}</Link>
        </li>
        <li>
          <Link to="/admin/operators">{t('admin.home.operators')}</Link>
        </li>
        <li>
          <Link to="/admin/communes">{t('admin.home.communes')}</Link>
        </li>
      </ul>
    </nav>
  );
}
