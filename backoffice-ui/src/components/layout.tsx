import type { ReactNode } from 'react';
import { useTranslation } from '@/lib/i18n';
import { Button } from './button';
import { Shell } from './shell';

export interface LayoutUser {
  displayName: string;
  roleLabel: string;
}

export interface LayoutProps {
  /** The signed-in user, or null while their profile loads. */
  user: LayoutUser | null;
  onLogout: () => void;
  children: ReactNode;
}

/** Frame of the signed-in screens: the header names the user and offers logout. */
export function Layout({ user, onLogout, children }: LayoutProps) {
  const { t } = useTranslation();
  return (
    <Shell
      headerTools={
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
      }
    >
      {children}
    </Shell>
  );
}
