import { useTranslation } from '@/lib/i18n';
import { useCommuneName } from '../api/reference';

/** Whom an account acts for, as the API describes it (a CRI, an operator or a commune's INS code). */
export interface Tenant {
  role?: string;
  cri?: string | null;
  operator?: string | null;
  nis?: string | null;
}

/** Which CRI, operator, commune or CPAS an account acts for: a commune by its name, "Liège (62063)", never its code alone. */
export function TenantName({ tenant }: { tenant: Tenant }) {
  const { t } = useTranslation();
  const commune = useCommuneName(tenant.nis);
  if (tenant.cri) return <>{t('tenant.cri', { code: tenant.cri })}</>;
  if (tenant.operator) return <>{t('tenant.operator', { code: tenant.operator })}</>;
  if (tenant.nis) return <>{t(tenant.role === 'CPAS_CLIENT' ? 'tenant.cpas' : 'tenant.commune', { commune })}</>;
  return <>{t('tenant.none')}</>;
}
