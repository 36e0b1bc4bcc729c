import type { CurrentUser } from '@/lib/api/auth-types';
import { isRole } from '@/lib/api/auth-types';
import type { Translate } from '@/lib/i18n';

/** The name, in the interface language, of a role; an unknown role shows its code. */
export function roleLabel(role: string, t: Translate): string {
  return isRole(role) ? t(`roles.${role}`) : role;
}

/** Which CRI, operator or commune the user acts for. */
export function tenantLabel(user: CurrentUser, t: Translate): string {
  if (user.cri) return t('tenant.cri', { code: user.cri });
  if (user.operator) return t('tenant.operator', { code: user.operator });
  if (user.nis) {
    if (user.role === 'COMMUNE_CLIENT') return t('tenant.commune', { code: user.nis });
    if (user.role === 'CPAS_CLIENT') return t('tenant.cpas', { code: user.nis });
    return t('tenant.nis', { code: user.nis });
  }
  return t('tenant.none');
}
