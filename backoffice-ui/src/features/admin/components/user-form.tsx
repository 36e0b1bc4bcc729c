import { FormField, SelectField } from '@/components';
import type { ProblemIssue } from '@/lib/api';
import type { Role } from '@/lib/api/types';
import { useTranslation } from '@/lib/i18n';
import { roleLabel } from '@/lib/roles';
import { useAllOperators } from '../api/operators';
import { useCommunes, useCris } from '../api/territory';
import { tenantFieldOf, USER_ROLES, withRole, type TenantField, type UserFormValues } from './user-form-model';

export interface UserFieldsProps {
  values: UserFormValues;
  onChange: (values: UserFormValues) => void;
  issues: readonly ProblemIssue[];
  /** A new account also has its username and first password. */
  mode: 'create' | 'edit';
}

function TenantSelect({
  field,
  value,
  onChange,
  issues,
}: {
  field: TenantField;
  value: string;
  onChange: (value: string) => void;
  issues: readonly ProblemIssue[];
}) {
  const { t } = useTranslation();
  const cris = useCris();
  const operators = useAllOperators();
  const communes = useCommunes();
  const options =
    field === 'cri'
      ? (cris.data ?? []).map((cri) => ({ value: cri.code ?? '', label: `${cri.code} — ${cri.name}` }))
      : field === 'operator'
        ? (operators.data ?? []).map((operator) => ({
            value: operator.code ?? '',
            label: `${operator.name} (${operator.code})${operator.active ? '' : ` — ${t('admin.operators.inactive')}`}`,
          }))
        : (communes.data ?? [])
            .filter((commune) => commune.inScope !== false)
            .map((commune) => ({ value: commune.nisCode ?? '', label: `${commune.name} (${commune.nisCode})` }))
            .sort((a, b) => a.label.localeCompare(b.label));
  return (
    <SelectField
      id={`user-${field}`}
      name={field}
      label={t(`admin.users.tenant.${field}`)}
      placeholder={t('admin.choose')}
      options={options}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      issues={issues}
      required
    />
  );
}

/** The fields of a staff account; the tenant list follows the role (a CRI, an operator, a commune or none). */
export function UserFields({ values, onChange, issues, mode }: UserFieldsProps) {
  const { t } = useTranslation();
  const tenantField = tenantFieldOf(values.role);
  return (
    <>
      {mode === 'create' && (
        <FormField
          id="user-username"
          name="username"
          label={t('admin.users.fields.username')}
          hint={t('admin.users.fields.usernameHint')}
          value={values.username}
          onChange={(event) => onChange({ ...values, username: event.target.value })}
          issues={issues}
          autoComplete="off"
          required
        />
      )}
      <FormField
        id="user-displayName"
        name="displayName"
        label={t('admin.users.fields.displayName')}
        value={values.displayName}
        onChange={(event) => onChange({ ...values, displayName: event.target.value })}
        issues={issues}
        autoComplete="off"
        required
      />
      <SelectField
        id="user-role"
        name="role"
        label={t('admin.users.fields.role')}
        placeholder={t('admin.choose')}
        options={USER_ROLES.map((role) => ({ value: role, label: roleLabel(role, t) }))}
        value={values.role}
        onChange={(event) => onChange(withRole(values, event.target.value as Role | ''))}
        issues={issues}
        required
      />
      {tenantField ? (
        <TenantSelect
          key={tenantField}
          field={tenantField}
          value={values.tenant}
          onChange={(tenant) => onChange({ ...values, tenant })}
          issues={issues}
        />
      ) : (
        values.role && <p className="admin-note">{t('admin.users.tenant.none')}</p>
      )}
      {mode === 'create' && (
        <FormField
          id="user-password"
          name="password"
          type="password"
          label={t('admin.users.fields.password')}
          hint={t('admin.users.fields.passwordHint')}
          value={values.password}
          onChange={(event) => onChange({ ...values, password: event.target.value })}
          issues={issues}
          autoComplete="new-password"
          required
        />
      )}
    </>
  );
}
