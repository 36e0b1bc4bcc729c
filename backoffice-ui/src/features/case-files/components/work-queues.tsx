import { Link } from 'react-router';
import { useTranslation } from '@/lib/i18n';
import { useWorkQueueCounts, WORK_QUEUES } from '../api/get-work-queue';
import './case-files.css';

/** The four work queues of the CRI as counts, each a link to its list. */
export function WorkQueues() {
  const { t } = useTranslation();
  const counts = useWorkQueueCounts();
  return (
    <section className="work-queues" aria-labelledby="work-queues-title">
      <h2 id="work-queues-title">{t('queues.title')}</h2>
      <ul className="work-queues__list">
        {WORK_QUEUES.map((queue, index) => {
          const count = counts[index];
          const total = count?.data?.total;
          return (
            <li key={queue} className="work-queues__item">
              <Link to={`/queues/${queue}`} className="work-queues__link">
                <span className="work-queues__count">
                  {total ?? (count?.isError ? '!' : '…')}
                </span>{' '}
                <span className="work-queues__name">{t(`queues.name.${queue}`)}</span>
              </Link>
              <p className="work-queues__hint">{t(`queues.hint.${queue}`)}</p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
