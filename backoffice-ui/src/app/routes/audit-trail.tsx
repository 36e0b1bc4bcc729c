import { useCurrentUser } from '@/features/auth';
import { AuditTrailPage } from '@/features/audit-trail';
import { isCriStaff } from '@/lib/roles';

/** /persons/:id/audit — the person's access log; the link back to the record only for those who may read it. */
export function AuditTrailRoute() {
  const { data: user } = useCurrentUser();
  return <AuditTrailPage withPersonLink={isCriStaff(user?.role)} />;
}
