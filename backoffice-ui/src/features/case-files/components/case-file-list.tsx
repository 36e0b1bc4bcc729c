import { Link } from 'react-router';
import { LoadStatus, Pager } from '@/components';
import type { CaseFilePage, CaseFileSummary } from '@/lib/api/types';
import { useTranslation } from '@/lib/i18n';
import { NextDue } from './next-due';

export interface CaseFileListProps {
  files: readonly CaseFileSummary[];
  caption: string;
  /** Hide the name column (on the person's own page). */
  withoutName?: boolean;
}

/** Files as a table: name, state, next deadline with its state; each row links to the file. */
export function CaseFileList({ files, caption, withoutName = false }: CaseFileListProps) {
  const { t } = useTranslation();
  return (
    <table className="data-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{withoutName ? t('caseFile.openedOn') : t('caseFile.person')}</th>
          <th scope="col">{t('lists.numberColumn')}</th>
          <th scope="col">{t('caseFile.state')}</th>
          <th scope="col">{t('caseFile.nextDue')}</th>
        </tr>
      </thead>
      <tbody>
        {files.map((file) => (
          <tr key={file.id}>
            <th scope="row">
              <Link to={`/case-files/${file.id}`}>
                {withoutName
                  ? t('caseFile.openedOnLink', { date: file.openedOn ?? '' })
                  : `${file.lastName ?? ''} ${file.firstNames ?? ''}`.trim()}
              </Link>
            </th>
            <td className="case-list__number">{(file.id ?? '').slice(0, 8)}</td>
            <td>{file.state ? t(`caseFile.states.${file.state}`) : ''}</td>
            <td>
              <NextDue due={file.nextDue} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export interface PagedCaseFilesProps {
  /** The page the API answered (undefined while it loads). */
  data: CaseFilePage | undefined;
  error: unknown;
  isPending: boolean;
  caption: string;
  page: number;
  pageSize: number;
  onPage: (page: number) => void;
}

/** A page of files: loading or the problem, how many files in all, their table, previous and next. */
export function PagedCaseFiles({ data, error, isPending, caption, page, pageSize, onPage }: PagedCaseFilesProps) {
  const { t } = useTranslation();
  const total = data?.total ?? 0;
  return (
    <>
      <LoadStatus isPending={isPending} error={error} />
      {data && (
        <>
          <p role="status">{t('queues.count', { count: total })}</p>
          {total > 0 && <CaseFileList files={data.items ?? []} caption={caption} />}
          <Pager page={page} pages={Math.max(1, Math.ceil(total / pageSize))} onPage={onPage} />
        </>
      )}
    </>
  );
}
