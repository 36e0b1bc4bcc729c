import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { SelectField } from '@/components';
import { CASE_FILE_STATES, isCaseFileState } from '@/lib/case-file-states';
import { useTranslation } from '@/lib/i18n';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useCaseFiles } from '../api/get-case-files';
import { PagedCaseFiles } from './case-file-list';
import './case-files.css';

const PAGE_SIZE = 20;

/**
 * /case-files?state=COMPLETED — the CRI's files at one stage (or all), the most recently opened first: where a
 * supervisor finds the completed files whose attestation is to be issued, and where the counts by stage lead.
 */
export function CaseFilesPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const requested = params.get('state');
  const state = isCaseFileState(requested) ? requested : undefined;
  const [page, setPage] = useState(1);
  const { data, error, isPending } = useCaseFiles(state, page, PAGE_SIZE);
  const title = state ? t('caseFileList.titleOfState', { state: t(`caseFile.states.${state}`) }) : t('caseFileList.title');
  useDocumentTitle(title);
  return (
    <div className="page">
      <p>
        <Link to="/">{t('errors.backHome')}</Link>
      </p>
      <h1>{title}</h1>
      <SelectField
        name="state"
        label={t('caseFileList.stateFilter')}
        value={state ?? ''}
        options={[
          { value: '', label: t('caseFileList.everyState') },
          ...CASE_FILE_STATES.map((value) => ({ value, label: t(`caseFile.states.${value}`) })),
        ]}
        onChange={(event) => {
          setPage(1);
          setParams(event.target.value ? { state: event.target.value } : {});
        }}
      />
      {state === 'COMPLETED' && <p>{t('caseFileList.completedHint')}</p>}
      <PagedCaseFiles data={data} error={error} isPending={isPending} caption={title} page={page} pageSize={PAGE_SIZE} onPage={setPage} />
    </div>
  );
}
