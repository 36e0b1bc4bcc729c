import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { DownloadButton, SelectField } from '@/components';
import { useCurrentUser } from '@/features/auth';
import { CASE_FILE_STATES } from '@/lib/case-file-states';
import { useTranslation } from '@/lib/i18n';
import { useDocumentTitle } from '@/lib/use-document-title';
import { downloadCaseFiles, useCaseFiles } from '../api/get-case-files';
import { useCriCommunes } from '../api/get-cri-communes';
import {
  FILTER_AXES,
  filtersFromParams,
  filtersToParams,
  isFiltered,
  LATENESS,
  SORTS,
  type CaseFileFilters,
} from '../list-filters';
import { PagedCaseFiles } from './case-file-list';
import './case-files.css';

const PAGE_SIZE = 20;

/**
 * /case-files?state=…&commune=…&axis=…&late=…&sort=… — the CRI's files, filtered and sorted; every filter is in the
 * address, so that a list can be bookmarked or sent to a colleague, and the same list downloads as CSV.
 */
export function CaseFilesPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filters = filtersFromParams(params);
  const [page, setPage] = useState(1);
  const { data: user } = useCurrentUser();
  const communes = useCriCommunes(user?.cri ?? undefined);
  const { data, error, isPending } = useCaseFiles(filters, page, PAGE_SIZE);
  const title = filters.state
    ? t('caseFileList.titleOfState', { state: t(`caseFile.states.${filters.state}`) })
    : t('caseFileList.title');
  useDocumentTitle(title);

  const change = (name: keyof CaseFileFilters, value: string) => {
    setPage(1);
    setParams(filtersToParams({ ...filters, [name]: value || undefined }));
  };
  const communeOptions = (communes.data ?? []).map((commune) => ({
    value: commune.nisCode ?? '',
    label: `${commune.name ?? ''} (${commune.nisCode ?? ''})`,
  }));
  // a bookmarked commune shows even before the CRI's communes are read
  if (filters.commune && !communeOptions.some((option) => option.value === filters.commune)) {
    communeOptions.unshift({ value: filters.commune, label: filters.commune });
  }

  return (
    <div className="page">
      <p>
        <Link to="/">{t('errors.backHome')}</Link>
      </p>
      <h1>{title}</h1>
      <form
        className="case-list__filters"
        role="search"
        aria-label={t('lists.filtersLabel')}
        onSubmit={(event) => event.preventDefault()}
      >
        <SelectField
          name="state"
          label={t('caseFileList.stateFilter')}
          value={filters.state ?? ''}
          options={[
            { value: '', label: t('caseFileList.everyState') },
            ...CASE_FILE_STATES.map((value) => ({ value, label: t(`caseFile.states.${value}`) })),
          ]}
          onChange={(event) => change('state', event.target.value)}
        />
        <SelectField
          name="commune"
          label={t('lists.commune')}
          value={filters.commune ?? ''}
          options={[{ value: '', label: t('lists.everyCommune') }, ...communeOptions]}
          onChange={(event) => change('commune', event.target.value)}
        />
        <SelectField
          name="axis"
          label={t('lists.axis')}
          value={filters.axis ?? ''}
          options={[
            { value: '', label: t('lists.everyAxis') },
            ...FILTER_AXES.map((value) => ({ value, label: t(`lists.axisToDo.${value}`) })),
          ]}
          onChange={(event) => change('axis', event.target.value)}
        />
        <SelectField
          name="late"
          label={t('lists.lateness')}
          value={filters.late ?? ''}
          options={[
            { value: '', label: t('lists.anyLateness') },
            ...LATENESS.map((value) => ({ value, label: t(`lists.late.${value}`) })),
          ]}
          onChange={(event) => change('late', event.target.value)}
        />
        <SelectField
          name="sort"
          label={t('lists.sort')}
          value={filters.sort ?? 'recent'}
          options={SORTS.map((value) => ({ value, label: t(`lists.sorts.${value}`) }))}
          onChange={(event) => change('sort', event.target.value === 'recent' ? '' : event.target.value)}
        />
      </form>
      <div className="case-list__actions">
        {isFiltered(filters) && <Link to="/case-files">{t('lists.clearFilters')}</Link>}
        <DownloadButton download={() => downloadCaseFiles(filters)} filename="dossiers.csv">
          {t('lists.exportCsv')}
        </DownloadButton>
      </div>
      {filters.state === 'COMPLETED' && <p>{t('caseFileList.completedHint')}</p>}
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
