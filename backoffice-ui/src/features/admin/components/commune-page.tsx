import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { Alert, Button, ProblemAlert, problemIssues, SelectField, TextAreaField } from '@/components';
import { formatDate, useTranslation } from '@/lib/i18n';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useCommune, useCris, useReassignCommune, useReassignments } from '../api/territory';
import './admin.css';

/** /admin/communes/:nis — the commune's CRI, its history, and moving it to another CRI. */
export function CommunePage() {
  const { nis = '' } = useParams();
  const { t, language } = useTranslation();
  const { data, error } = useCommune(nis);
  const history = useReassignments(nis);
  const cris = useCris();
  const reassign = useReassignCommune(nis);
  const [cri, setCri] = useState('');
  const [reason, setReason] = useState('');
  useDocumentTitle(data?.data.name ?? t('admin.communes.pageTitle'));
  if (!data) {
    return (
      <div className="page">
        <p>
          <Link to="/admin/communes">{t('admin.communes.back')}</Link>
        </p>
        {error ? <ProblemAlert error={error} /> : <p role="status">{t('admin.loading')}</p>}
      </div>
    );
  }
  const commune = data.data;
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    reassign.mutate(
      { request: { cri, reason }, etag: data.etag ?? '' },
      {
        onSuccess: () => {
          setCri('');
          setReason('');
        },
      },
    );
  };
  return (
    <div className="page page--form">
      <p>
        <Link to="/admin/communes">{t('admin.communes.back')}</Link>
      </p>
      <h1>
        {commune.name} ({commune.nisCode})
      </h1>
      <dl className="admin-facts">
        <dt>{t('admin.communes.arrondissement')}</dt>
        <dd>{commune.arrondissement}</dd>
        <dt>{t('admin.communes.cri')}</dt>
        <dd>
          {commune.inScope === false
            ? t('admin.communes.outOfScope')
            : `${commune.cri?.code ?? ''} — ${commune.cri?.name ?? ''}`}
        </dd>
        {commune.alternativeCri && (
          <>
            <dt>{t('admin.communes.alternative')}</dt>
            <dd>{commune.alternativeCri}</dd>
          </>
        )}
      </dl>
      <section aria-labelledby="commune-history-title">
        <h2 id="commune-history-title">{t('admin.communes.historyTitle')}</h2>
        {history.error && <ProblemAlert error={history.error} />}
        {history.data && history.data.length === 0 && <p>{t('admin.communes.noHistory')}</p>}
        {history.data && history.data.length > 0 && (
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('admin.communes.decidedAt')}</th>
                <th scope="col">{t('admin.communes.from')}</th>
                <th scope="col">{t('admin.communes.to')}</th>
                <th scope="col">{t('admin.communes.reason')}</th>
                <th scope="col">{t('admin.communes.decidedBy')}</th>
              </tr>
            </thead>
            <tbody>
              {history.data.map((entry) => (
                <tr key={`${entry.decidedAt}-${entry.toCri}`}>
                  <td>{entry.decidedAt ? formatDate(entry.decidedAt.slice(0, 10), language) : ''}</td>
                  <td>{entry.fromCri ?? '—'}</td>
                  <td>{entry.toCri}</td>
                  <td>{entry.reason}</td>
                  <td>{entry.decidedBy}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      {commune.inScope !== false && (
        <section aria-labelledby="commune-reassign-title" className="form-section">
          <h2 id="commune-reassign-title">{t('admin.communes.reassignTitle')}</h2>
          <p>{t('admin.communes.reassignEffect')}</p>
          {reassign.isSuccess && (
            <Alert variant="success" title={t('admin.saved')}>
              <p>{t('admin.communes.reassigned', { cri: commune.cri?.code ?? '' })}</p>
            </Alert>
          )}
          <ProblemAlert error={reassign.error} fields={['cri', 'reason']} />
          <form onSubmit={onSubmit} noValidate>
            <SelectField
              id="commune-cri"
              name="cri"
              label={t('admin.communes.newCri')}
              placeholder={t('admin.choose')}
              options={(cris.data ?? [])
                .filter((c) => c.code !== commune.cri?.code)
                .map((c) => ({ value: c.code ?? '', label: `${c.code} — ${c.name}` }))}
              value={cri}
              onChange={(event) => setCri(event.target.value)}
              issues={problemIssues(reassign.error)}
              required
            />
            <TextAreaField
              id="commune-reason"
              name="reason"
              label={t('admin.communes.reason')}
              value={reason}
              onChange={(event) => setReason(event.target.value)}
              issues={problemIssues(reassign.error)}
              required
            />
            <Button type="submit" busy={reassign.isPending} busyLabel={t('admin.saving')}>
              {t('admin.communes.reassignSubmit')}
            </Button>
          </form>
        </section>
      )}
    </div>
  );
}
