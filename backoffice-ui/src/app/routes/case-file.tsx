import { useParams } from 'react-router';
import { useCurrentUser } from '@/features/auth';
import { CaseFilePage } from '@/features/case-files';

/** /case-files/:id */
export function CaseFileRoute() {
  const { id = '' } = useParams();
  const { data: user } = useCurrentUser({ throwOnForbidden: false });
  return <CaseFilePage key={id} id={id} isSupervisor={user?.role === 'CRI_SUPERVISOR'} />;
}
