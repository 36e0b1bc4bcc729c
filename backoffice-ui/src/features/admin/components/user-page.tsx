import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { Alert, Button, FormField, ProblemAlert, problemIssues } from '@/components';
import type { User } from '@/lib/api/types';
import { formatDate, useTranslation } from '@/lib/i18n';
import { TenantName } from '@/features/reference';
import { roleLabel } from '@/lib/roles';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useCreateUser, useResetPassword, useUpdateUser, useUser } from '../api/users';
import { ActivitySection } from './activity-section';
import { UserFields } from './user-form';
import {
  emptyUserForm,
  fromUser,
  toCreateRequest,
  toUpdateRequest,
  USER_ISSUE_FIELDS,
  type UserFormValues,
} from './user-form-model';
import './admin.css';

function BackToUsers() {
  const { t } = useTranslation();
  return (
    <p>
      <Link to="/admin/users">{t('admin.users.back')}</Link>
    </p>
  );
}

/** /admin/users/new — a new staff account with its first password, which the administrator gives the user. */
export function NewUserPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('admin.users.newTitle'));
  const navigate = useNavigate();
  const [values, setValues] = useState<UserFormValues>(emptyUserForm);
  const create = useCreateUser();
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(toCreateRequest(values), {
      onSuccess: (answer) => {
        if (answer.data.id) void navigate(`/admin/users/${answer.data.id}`);
      },
    });
  };
  return (
    <div className="page page--form">
      <BackToUsers />
      <h1>{t('admin.users.newTitle')}</h1>
      <p>{t('admin.users.newIntro')}</p>
      <ProblemAlert error={create.error} fields={USER_ISSUE_FIELDS} />
      <form onSubmit={onSubmit} noValidate>
        <UserFields values={values} onChange={setValues} issues={problemIssues(create.error)} mode="create" />
        <Button type="submit" busy={create.isPending} busyLabel={t('admin.saving')}>
          {t('admin.users.submitCreate')}
        </Button>
      </form>
    </div>
  );
}

function PasswordReset({ user }: { user: User }) {
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  const reset = useResetPassword(user.id ?? '');
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    reset.mutate({ password }, { onSuccess: () => setPassword('') });
  };
  return (
    <section aria-labelledby="password-reset-title" className="form-section">
      <h2 id="password-reset-title">{t('admin.users.resetTitle')}</h2>
      <p>{t('admin.users.resetIntro')}</p>
      {reset.isSuccess && (
        <Alert variant="success" title={t('admin.users.resetDone')}>
          <p>{t('admin.users.resetDoneDetail')}</p>
        </Alert>
      )}
      <ProblemAlert error={reset.error} fields={['password']} />
      <form onSubmit={onSubmit} noValidate>
        <FormField
          id="user-new-password"
          name="password"
          type="password"
          label={t('admin.users.fields.newPassword')}
          hint={t('admin.users.fields.passwordHint')}
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          issues={problemIssues(reset.error)}
          autoComplete="new-password"
          required
        />
        <Button type="submit" busy={reset.isPending} busyLabel={t('admin.saving')}>
          {t('admin.users.resetSubmit')}
        </Button>
      </form>
    </section>
  );
}

/** /admin/users/:id — change an account's name, role and tenant; deactivate it; set a new password. */
export function UserPage() {
  const { id = '' } = useParams();
  const { t, language } = useTranslation();
  const { data, error } = useUser(id);
  const update = useUpdateUser(id);
  useDocumentTitle(data?.data.username ?? t('admin.users.pageTitle'));
  if (!data) {
    return (
      <div className="page">
        <BackToUsers />
        {error ? <ProblemAlert error={error} /> : <p role="status">{t('admin.loading')}</p>}
      </div>
    );
  }
  const user = data.data;
  const etag = data.etag ?? '';
  const save = (values: UserFormValues) => update.mutate({ request: toUpdateRequest(values), etag });
  return (
    <div className="page page--form">
      <BackToUsers />
      <h1>{user.username}</h1>
      <dl className="admin-facts">
        <dt>{t('admin.users.fields.role')}</dt>
        <dd>{roleLabel(user.role, t)}</dd>
        <dt>{t('tenant.label')}</dt>
        <dd>
          <TenantName tenant={user} />
        </dd>
        <dt>{t('admin.status')}</dt>
        <dd>{user.active ? t('admin.active') : t('admin.users.inactiveDetail')}</dd>
        <dt>{t('admin.users.createdAt')}</dt>
        <dd>{user.createdAt ? formatDate(user.createdAt.slice(0, 10), language) : ''}</dd>
      </dl>
      {update.isSuccess && !update.error && (
        <Alert variant="success" title={t('admin.saved')}>
          <p>{t('admin.users.savedDetail')}</p>
        </Alert>
      )}
      <ProblemAlert error={update.error} fields={USER_ISSUE_FIELDS} />
      {/* A reload after a 412 brings a new ETag: the form starts again from the current account. */}
      <UserEditForm key={etag} user={user} busy={update.isPending} issues={problemIssues(update.error)} onSave={save} />
      <PasswordReset user={user} />
    </div>
  );
}

function UserEditForm({
  user,
  busy,
  issues,
  onSave,
}: {
  user: User;
  busy: boolean;
  issues: ReturnType<typeof problemIssues>;
  onSave: (values: UserFormValues) => void;
}) {
  const { t } = useTranslation();
  const [values, setValues] = useState<UserFormValues>(() => fromUser(user));
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    onSave(values);
  };
  return (
    <>
      <form onSubmit={onSubmit} noValidate className="form-section">
        <h2>{t('admin.users.editTitle')}</h2>
        <UserFields values={values} onChange={setValues} issues={issues} mode="edit" />
        <Button type="submit" busy={busy} busyLabel={t('admin.saving')}>
          {t('admin.save')}
        </Button>
      </form>
      <ActivitySection
        id="user-activity-title"
        title={t('admin.users.activityTitle')}
        intro={user.active ? t('admin.users.deactivateIntro') : t('admin.users.reactivateIntro')}
        action={user.active ? t('admin.users.deactivate') : t('admin.users.reactivate')}
        busy={busy}
        onToggle={() => onSave({ ...fromUser(user), active: !user.active })}
      />
    </>
  );
}
