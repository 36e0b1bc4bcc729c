import { useCurrentUser } from '@/features/auth';
import { ClerkAttestationsPage } from '@/features/attestations';

/** /attestations — the copies due to the clerk's commune or CPAS (the API answers 403 to other roles). */
export function AttestationsRoute() {
  const { data: user } = useCurrentUser({ throwOnForbidden: false });
  return <ClerkAttestationsPage recipientKind={user?.role === 'CPAS_CLIENT' ? 'CPAS' : 'COMMUNE'} />;
}
