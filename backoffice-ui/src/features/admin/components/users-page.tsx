import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { Button, FormField, Pager, ProblemAlert, SelectField } from '@/components';
import type { Role } from '@/lib/api/types';
import { useTranslation } from '@/lib/i18n';
import { TenantName } from '@/features/reference';
import { roleLabel } from '@/lib/roles';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useUsers, type UserFilters } from '../api/users';
import { useCris } from '../api/territory';
import { USER_ROLES } from './user-form-model';
import './admin.css';

const PAGE_SIZE = 25;

/** /admin/users — the staff accounts, filtered by role, CRI and name. */
export function UsersPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('admin.users.pageTitle'));
  const cris = useCris();
  const [draft, setDraft] = useState<UserFilters>({ role: '', cri: '', q: '' });
  const [filters, setFilters] = useState<UserFilters>(draft);
  const [page, setPage] = useState(1);
  const { data, error, isFetching } = useUsers(filters, page, PAGE_SIZE);
  const total = data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setPage(1);
    setFilters(draft);
  };

  return (
    <div className="page">
      <h1>{t('admin.users.title')}</h1>
      <p>
        <Link to="/admin/users/new" className="button button--primary">
          {t('admin.users.create')}
        </Link>
      </p>
      <form role="search" onSubmit={onSubmit} noValidate className="admin-filters">
        <SelectField
          id="users-filter-role"
          name="role"
          label={t('admin.users.fields.role')}
          placeholder={t('admin.all')}
          options={USER_ROLES.map((role) => ({ value: role, label: roleLabel(role, t) }))}
          value={draft.role}
          onChange={(event) => setDraft({ ...draft, role: event.target.value as Role | '' })}
        />
        <SelectField
          id="users-filter-cri"
          name="cri"
          label={t('admin.users.tenant.cri')}
          placeholder={t('admin.all')}
          options={(cris.data ?? []).map((cri) => ({ value: cri.code ?? '', label: cri.code ?? '' }))}
          value={draft.cri}
          onChange={(event) => setDraft({ ...draft, cri: event.target.value })}
        />
        <FormField
          id="users-filter-q"
          name="q"
          label={t('admin.users.filterText')}
          value={draft.q}
          onChange={(event) => setDraft({ ...draft, q: event.target.value })}
        />
        <Button type="submit" busy={isFetching} busyLabel={t('admin.searching')}>
          {t('admin.filter')}
        </Button>
      </form>
      {error && <ProblemAlert error={error} />}
      {data && (
        <section aria-labelledby="users-results-title">
          <h2 id="users-results-title">{t('admin.users.results', { count: total })}</h2>
          {total > 0 && (
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t('admin.users.fields.username')}</th>
                  <th scope="col">{t('admin.users.fields.displayName')}</th>
                  <th scope="col">{t('admin.users.fields.role')}</th>
                  <th scope="col">{t('tenant.label')}</th>
                  <th scope="col">{t('admin.status')}</th>
                </tr>
              </thead>
              <tbody>
                {(data.items ?? []).map((user) => (
                  <tr key={user.id}>
                    <th scope="row">
                      <Link to={`/admin/users/${user.id}`}>{user.username}</Link>
                    </th>
                    <td>{user.displayName}</td>
                    <td>{roleLabel(user.role, t)}</td>
                    <td>
                      <TenantName tenant={user} />
                    </td>
                    <td>{user.active ? t('admin.active') : t('admin.inactive')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <Pager page={page} pages={pages} onPage={setPage} />
        </section>
      )}
    </div>
  );
}
