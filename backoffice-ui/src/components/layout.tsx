import type { ReactNode } from 'react';
import { NavLink } from 'react-router';
import { useTranslation, type MessageKey } from '@/lib/i18n';
import { Button } from './button';
import { Shell } from './shell';

export interface LayoutUser {
  displayName: string;
  roleLabel: string;
}

export interface LayoutLink {
  to: string;
  label: MessageKey;
  end?: boolean;
}

export interface LayoutProps {
  /** The signed-in user, or null while their profile loads. */
  user: LayoutUser | null;
  onLogout: () => void;
  /** The main navigation of the user's role (none while the profile loads). */
  links?: readonly LayoutLink[];
  /** A search box in the header, before the user's name (CRI staff: their files). */
  search?: ReactNode;
  children: ReactNode;
}

/** Frame of the signed-in screens: the header names the user and offers logout. */
export function Layout({ user, onLogout, links = [], search, children }: LayoutProps) {
  const { t } = useTranslation();
  return (
    <Shell
      headerTools={
        <>
          {search}
          <div className="user-menu">
            {user && (
              <p className="user-menu__identity">
                <span className="user-menu__name">
                  <span className="visually-hidden">{t('auth.account')} </span>
                  {user.displayName}
                </span>
                <span className="user-menu__role">{user.roleLabel}</span>
              </p>
            )}
            <Button variant="secondary" onClick={onLogout}>
              {t('auth.logout')}
            </Button>
          </div>
        </>
      }
      navigation={
        links.length > 0 && (
          <nav className="main-nav" aria-label={t('app.mainNavigation')}>
            <div className="container">
              <ul className="main-nav__list">
                {links.map((link) => (
                  <li key={link.to}>
                    <NavLink to={link.to} end={link.end} className="main-nav__link">
                      {t(link.label)}
                    </NavLink>
                  </li>
                ))}
              </ul>
            </div>
          </nav>
        )
      }
    >
      {children}
    </Shell>
  );
}
