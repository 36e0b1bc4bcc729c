import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { PUBLIC_LANGUAGES, useTranslation } from '@/lib/i18n';
import { Shell } from './shell';

/** Frame of the pages anyone may open without logging in: five languages, Arabic included. */
export function PublicShell({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Shell
      languages={PUBLIC_LANGUAGES}
      homePath="/self-check"
      mainClassName="public-main"
      footer={
        <nav aria-label={t('public.nav.label')}>
          <ul className="site-footer__links">
            <li>
              <Link to="/self-check">{t('public.nav.selfCheck')}</Link>
            </li>
            <li>
              <Link to="/verify">{t('public.nav.verify')}</Link>
            </li>
            <li>
              <Link to="/login">{t('public.nav.staff')}</Link>
            </li>
          </ul>
        </nav>
      }
    >
      {children}
    </Shell>
  );
}
