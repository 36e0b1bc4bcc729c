import { Link } from 'react-router';
import { ProblemAlert } from '@/components';
import { useTranslation } from '@/lib/i18n';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useAllOperators } from '../api/operators';
import './admin.css';

/** /admin/operators — every operator, the inactive ones included, with its recognitions. */
export function OperatorsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('admin.operators.pageTitle'));
  const { data, error } = useAllOperators();
  return (
    <div className="page">
      <h1>{t('admin.operators.title')}</h1>
      <p>{t('admin.operators.intro')}</p>
      <p>
        <Link to="/admin/operators/new" className="button button--primary">
          {t('admin.operators.create')}
        </Link>
      </p>
      {error && <ProblemAlert error={error} />}
      {!data && !error && <p role="status">{t('admin.loading')}</p>}
      {data && (
        <table className="data-table">
          <caption>{t('admin.operators.count', { count: data.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('admin.operators.fields.code')}</th>
              <th scope="col">{t('admin.operators.fields.name')}</th>
              <th scope="col">{t('admin.operators.fields.kind')}</th>
              <th scope="col">{t('admin.operators.fields.recognisedAxes')}</th>
              <th scope="col">{t('admin.status')}</th>
            </tr>
          </thead>
          <tbody>
            {data.map((operator) => (
              <tr key={operator.code}>
                <th scope="row">
                  <Link to={`/admin/operators/${encodeURIComponent(operator.code ?? '')}`}>{operator.code}</Link>
                </th>
                <td>{operator.name}</td>
                <td>{operator.kind ? t(`admin.operators.kinds.${operator.kind}`) : ''}</td>
                <td>{(operator.recognisedAxes ?? []).map((axis) => t(`caseFile.axes.${axis}`)).join(', ')}</td>
                <td>{operator.active ? t('admin.active') : t('admin.inactive')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
