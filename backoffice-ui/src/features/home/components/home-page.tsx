import type { ReactNode } from 'react';
import type { CurrentUser } from '@/lib/api/types';
import { useTranslation } from '@/lib/i18n';
import { TenantName } from '@/features/reference';
import { isRole, roleLabel } from '@/lib/roles';
import { useDocumentTitle } from '@/lib/use-document-title';
import './home-page.css';

export interface HomePageProps {
  user: CurrentUser;
  /** CRI staff: their work (queues) instead of the list of capabilities. */
  compact?: boolean;
  children?: ReactNode;
}

/** The signed-in user's landing page: who they are, for whom they act, what their role allows. */
export function HomePage({ user, compact = false, children }: HomePageProps) {
  const { t, tList } = useTranslation();
  useDocumentTitle(t('home.pageTitle'));
  const capabilities = isRole(user.role) ? tList(`home.capabilities.${user.role}`) : [];

  return (
    <div className="home">
      <h1>{t('home.greeting', { displayName: user.displayName ?? user.username ?? '' })}</h1>
      <dl className="home__profile">
        <div className="home__profile-item">
          <dt>{t('home.role')}</dt>
          <dd>{roleLabel(user.role, t)}</dd>
        </div>
        <div className="home__profile-item">
          <dt>{t('tenant.label')}</dt>
          <dd>
            <TenantName tenant={user} />
          </dd>
        </div>
      </dl>
      {children}
      {!compact && (
        <section className="home__capabilities" aria-labelledby="home-capabilities-title">
          <h2 id="home-capabilities-title">{t('home.capabilitiesTitle')}</h2>
          {capabilities.length > 0 ? (
            <ul className="home__capability-list">
              {capabilities.map((capability) => (
                <li key={capability}>{capability}</li>
              ))}
            </ul>
          ) : (
            <p>{t('home.noCapabilities')}</p>
          )}
        </section>
      )}
    </div>
  );
}
