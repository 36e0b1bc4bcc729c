import type { CreateUserRequest, Role, UpdateUserRequest, User } from '@/lib/api/types';

/** The roles an administrator gives, in the order the list shows them. */
export const USER_ROLES = [
  'CRI_AGENT',
  'CRI_SUPERVISOR',
  'OPERATOR_TRAINER',
  'COMMUNE_CLIENT',
  'CPAS_CLIENT',
  'REGION_ANALYST',
  'ADMINISTRATOR',
] as const satisfies readonly Role[];

/** The request field that holds the tenant of a role: its CRI, its operator or its commune (NIS code). */
export type TenantField = 'cri' | 'operator' | 'nis';

/** Which tenant each role calls for (the API answers 422 otherwise); none for the regional roles. */
export const TENANT_FIELD: Record<Role, TenantField | null> = {
  CRI_AGENT: 'cri',
  CRI_SUPERVISOR: 'cri',
  OPERATOR_TRAINER: 'operator',
  COMMUNE_CLIENT: 'nis',
  CPAS_CLIENT: 'nis',
  REGION_ANALYST: null,
  ADMINISTRATOR: null,
};

export function tenantFieldOf(role: Role | ''): TenantField | null {
  return role === '' ? null : TENANT_FIELD[role];
}

export interface UserFormValues {
  username: string;
  displayName: string;
  role: Role | '';
  /** The code of the CRI, operator or commune the role calls for; empty for a regional role. */
  tenant: string;
  password: string;
  active: boolean;
}

export const emptyUserForm: UserFormValues = {
  username: '',
  displayName: '',
  role: '',
  tenant: '',
  password: '',
  active: true,
};

/** A new role keeps the chosen tenant only when it calls for the same kind of tenant. */
export function withRole(values: UserFormValues, role: Role | ''): UserFormValues {
  const sameKind = tenantFieldOf(role) !== null && tenantFieldOf(role) === tenantFieldOf(values.role);
  return { ...values, role, tenant: sameKind ? values.tenant : '' };
}

export function fromUser(user: User): UserFormValues {
  const role = user.role ?? '';
  const field = tenantFieldOf(role);
  return {
    username: user.username ?? '',
    displayName: user.displayName ?? '',
    role,
    tenant: (field && user[field]) || '',
    password: '',
    active: user.active ?? true,
  };
}

/** Only the tenant field of the role is sent; the others stay absent. */
function tenantOf(values: UserFormValues): Partial<Record<TenantField, string>> {
  const field = tenantFieldOf(values.role);
  return field && values.tenant ? { [field]: values.tenant } : {};
}

export function toCreateRequest(values: UserFormValues): CreateUserRequest {
  return {
    username: values.username.trim(),
    displayName: values.displayName.trim(),
    role: values.role === '' ? undefined : values.role,
    ...tenantOf(values),
    password: values.password,
  };
}

export function toUpdateRequest(values: UserFormValues): UpdateUserRequest {
  return {
    displayName: values.displayName.trim(),
    role: values.role === '' ? undefined : values.role,
    ...tenantOf(values),
    active: values.active,
  };
}

/** The request fields the user form shows issues next to; the others go to the alert above it. */
export const USER_ISSUE_FIELDS = ['username', 'displayName', 'role', 'cri', 'operator', 'nis', 'password', 'active'];
