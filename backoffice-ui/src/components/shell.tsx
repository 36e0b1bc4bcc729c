import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useTranslation, type Language } from '@/lib/i18n';
import { LanguageSwitcher } from './language-switcher';
import './shell.css';

interface ShellProps {
  /** Right-hand side of the header, after the language switcher. */
  headerTools?: ReactNode;
  children: ReactNode;
  mainClassName?: string;
  /** The languages of the switcher (the public pages add Arabic); the staff ones by default. */
  languages?: readonly Language[];
  /** Where the brand leads: the staff home by default, the self-check on the public pages. */
  homePath?: string;
  /** Under the header: the main navigation of the signed-in screens. */
  navigation?: ReactNode;
  /** Under the footer text: links of the public pages. */
  footer?: ReactNode;
}

/** Page frame shared by every screen: skip link, header with brand and language, main, footer. */
export function Shell({
  headerTools,
  children,
  mainClassName,
  languages,
  homePath = '/',
  footer,
  navigation,
}: ShellProps) {
  const { t } = useTranslation();
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="site-header">
        <div className="site-header__inner container">
          <Link to={homePath} className="brand">
            <span className="brand__mark" aria-hidden="true">
              P
            </span>
            <span className="brand__text">
              <span className="brand__name">{t('app.name')}</span>
              <span className="brand__region">{t('app.region')}</span>
            </span>
          </Link>
          <div className="site-header__tools">
            <LanguageSwitcher languages={languages} />
            {headerTools}
          </div>
        </div>
      </header>
      {navigation}
      <main id="main" tabIndex={-1} className={['site-main', mainClassName].filter(Boolean).join(' ')}>
        <div className="container">{children}</div>
      </main>
      <footer className="site-footer">
        <div className="container">
          <p className="site-footer__text">{t('app.footer')}</p>
          {footer}
        </div>
      </footer>
    </div>
  );
}
