import { Link } from 'react-router';
import { errorMessage } from '@/lib/api';
import { useTranslation } from '@/lib/i18n';
import { useCopiesToAcknowledge } from '../api/transmissions';
import './attestations.css';

/** The clerk's landing: how many copies wait for an acknowledgement, one click from the list. */
export function AttestationsDue() {
  const { t } = useTranslation();
  const { data, error } = useCopiesToAcknowledge();
  const count = data
    ? data.complete
      ? String(data.items.length)
      : t('clerk.atLeast', { count: data.items.length })
    : error
      ? '!'
      : '…';
  return (
    <section className="attestations-due" aria-labelledby="attestations-due-title">
      <h2 id="attestations-due-title">{t('clerk.homeTitle')}</h2>
      <p className="attestations-due__card">
        <Link to="/attestations" className="attestations-due__link">
          <span className="attestations-due__count" data-testid="attestations-due-count">
            {count}
          </span>{' '}
          <span>{t('clerk.homeCount')}</span>
        </Link>
      </p>
      {error ? <p role="alert">{errorMessage(error, t)}</p> : null}
      <p>
        <Link to="/attestations">{t('clerk.homeLink')}</Link>
      </p>
    </section>
  );
}
