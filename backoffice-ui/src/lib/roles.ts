import type { Translate } from '@/lib/i18n';

/** The roles the SPA knows how to name; the API sends `role` as a plain string. */
export const ROLES = [
  'CRI_AGENT',
  'CRI_SUPERVISOR',
  'OPERATOR_TRAINER',
  'COMMUNE_CLIENT',
  'CPAS_CLIENT',
  'REGION_ANALYST',
  'ADMINISTRATOR',
] as const;

export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** The name, in the interface language, of a role; an unknown role shows its code. */
export function roleLabel(role: string | undefined, t: Translate): string {
  return isRole(role) ? t(`roles.${role}`) : (role ?? '');
}

/** The staff of a CRI: agents and supervisors, who follow persons and their case files. */
export function isCriStaff(role: string | undefined): boolean {
  return role === 'CRI_AGENT' || role === 'CRI_SUPERVISOR';
}
