import { Link } from 'react-router';
import { DeadlineBadge, LoadStatus } from '@/components';
import type { CaseFileSummary } from '@/lib/api/types';
import { formatDate, useTranslation } from '@/lib/i18n';
import { useWorkQueue, WORK_QUEUES, type WorkQueueName } from '../api/get-work-queue';
import './case-files.css';

/** How many of a queue's most urgent files the home shows. */
export const PREVIEW_SIZE = 5;

/** What is due on a line: the next deadline, its day and how many days are left or late; or when it was opened. */
function DueLine({ file }: { file: CaseFileSummary }) {
  const { t, language } = useTranslation();
  const due = file.nextDue;
  if (!due?.dueOn) {
    return <span>{t('lists.openedOn', { date: file.openedOn ? formatDate(file.openedOn, language) : '' })}</span>;
  }
  return (
    <span className="queue-preview__due">
      {due.kind && <span>{t(`deadlines.kind.${due.kind}`)} · </span>}
      <span>{formatDate(due.dueOn, language)}</span> <DeadlineBadge state={due.state} daysLeft={due.daysLeft} />
    </span>
  );
}

/** One queue on the home: its most urgent files, each a link, and the way to the whole queue. */
function QueuePreview({ queue }: { queue: WorkQueueName }) {
  const { t } = useTranslation();
  const { data, error, isPending } = useWorkQueue(queue, 1, PREVIEW_SIZE);
  const titleId = `queue-${queue}-title`;
  const total = data?.total ?? 0;
  const items = data?.items ?? [];
  return (
    <section className={`queue-preview queue-preview--${queue}`} aria-labelledby={titleId}>
      <h3 id={titleId} className="queue-preview__title">
        <Link to={`/queues/${queue}`}>{t(`queues.name.${queue}`)}</Link>{' '}
        {data && <span className="queue-preview__count">{t('queues.count', { count: total })}</span>}
      </h3>
      <p className="queue-preview__hint">{t(`queues.hint.${queue}`)}</p>
      <LoadStatus isPending={isPending} error={error} />
      {data && items.length === 0 && <p className="queue-preview__empty">{t('lists.emptyQueue')}</p>}
      {items.length > 0 && (
        <ul className="queue-preview__list">
          {items.map((file) => (
            <li key={file.id} className="queue-preview__line">
              <Link to={`/case-files/${file.id}`} className="queue-preview__name">
                {`${file.lastName ?? ''} ${file.firstNames ?? ''}`.trim()}
              </Link>
              <DueLine file={file} />
            </li>
          ))}
        </ul>
      )}
      {total > 0 && (
        <p className="queue-preview__more">
          <Link to={`/queues/${queue}`}>{t('lists.seeAll', { count: total })}</Link>
        </p>
      )}
    </section>
  );
}

export interface WorkQueuesProps {
  /** The queues shown, in this order; the four of every member of staff by default. */
  queues?: readonly WorkQueueName[];
}

/** The CRI's work queues on the home page: the most urgent files of each, side by side on a wide screen. */
export function WorkQueues({ queues = WORK_QUEUES }: WorkQueuesProps) {
  const { t } = useTranslation();
  return (
    <section className="work-queues" aria-labelledby="work-queues-title">
      <h2 id="work-queues-title">{t('queues.title')}</h2>
      <div className="work-queues__grid">
        {queues.map((queue) => (
          <QueuePreview key={queue} queue={queue} />
        ))}
      </div>
    </section>
  );
}
