import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { ProblemError } from '@/lib/api';
import { useTranslation } from '@/lib/i18n';
import { useDocumentTitle } from '@/lib/use-document-title';
import { isWorkQueue, useWorkQueue, type WorkQueueName } from '../api/get-work-queue';
import { PagedCaseFiles } from './case-file-list';
import './case-files.css';

const PAGE_SIZE = 20;

function QueueList({ queue }: { queue: WorkQueueName }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const { data, error, isPending } = useWorkQueue(queue, page, PAGE_SIZE);
  const title = t(`queues.name.${queue}`);
  useDocumentTitle(title);
  return (
    <div className="page">
      <p>
        <Link to="/">{t('errors.backHome')}</Link>
      </p>
      <h1>{title}</h1>
      <p>{t(`queues.hint.${queue}`)}</p>
      <PagedCaseFiles
        data={data}
        error={error}
        isPending={isPending}
        caption={title}
        page={page}
        pageSize={PAGE_SIZE}
        onPage={setPage}
      />
    </div>
  );
}

/** /queues/:queue — the files of one work queue, the most urgent first. */
export function QueuePage() {
  const { queue } = useParams();
  // An unknown queue is a page that does not exist: the route's error element says so.
  if (!isWorkQueue(queue)) throw new ProblemError({ type: 'about:blank', title: 'Not found', status: 404, issues: [] });
  return <QueueList key={queue} queue={queue} />;
}
