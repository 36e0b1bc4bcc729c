import { useState } from 'react';
import { Link } from 'react-router';
import { FormField, ProblemAlert, SelectField } from '@/components';
import { useTranslation } from '@/lib/i18n';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useCommunes, useCris } from '../api/territory';
import './admin.css';

function normalised(text: string) {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** /admin/communes — the 261 communes and the CRI that serves each, filtered by CRI and name. */
export function CommunesPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('admin.communes.pageTitle'));
  const cris = useCris();
  const [cri, setCri] = useState('');
  const [name, setName] = useState('');
  const { data, error } = useCommunes(cri);
  const wanted = normalised(name.trim());
  const shown = (data ?? []).filter(
    (commune) =>
      !wanted || normalised(commune.name ?? '').includes(wanted) || (commune.nisCode ?? '').startsWith(wanted),
  );
  return (
    <div className="page">
      <h1>{t('admin.communes.title')}</h1>
      <p>{t('admin.communes.intro')}</p>
      <div className="admin-filters" role="search">
        <SelectField
          id="communes-filter-cri"
          name="cri"
          label={t('admin.users.tenant.cri')}
          placeholder={t('admin.all')}
          options={(cris.data ?? []).map((c) => ({ value: c.code ?? '', label: c.code ?? '' }))}
          value={cri}
          onChange={(event) => setCri(event.target.value)}
        />
        <FormField
          id="communes-filter-name"
          name="name"
          label={t('admin.communes.filterName')}
          value={name}
          onChange={(event) => setName(event.target.value)}
        />
      </div>
      {error && <ProblemAlert error={error} />}
      {!data && !error && <p role="status">{t('admin.loading')}</p>}
      {data && (
        <table className="data-table">
          <caption>{t('admin.communes.count', { count: shown.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('admin.communes.commune')}</th>
              <th scope="col">{t('admin.communes.nis')}</th>
              <th scope="col">{t('admin.communes.arrondissement')}</th>
              <th scope="col">{t('admin.communes.cri')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((commune) => (
              <tr key={commune.nisCode}>
                <th scope="row">
                  <Link to={`/admin/communes/${commune.nisCode}`}>{commune.name}</Link>
                </th>
                <td>{commune.nisCode}</td>
                <td>{commune.arrondissement}</td>
                <td>
                  {commune.inScope === false ? t('admin.communes.outOfScope') : (commune.cri?.code ?? '')}
                  {commune.alternativeCri && ` ${t('admin.communes.uncertain', { cri: commune.alternativeCri })}`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
