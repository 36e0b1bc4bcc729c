import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api';
import type { ReceptionModule } from '@/lib/api/types';
import { caseFileKeys } from './keys';

/** GET /api/v1/caseFiles/{id}/reception: what the reception module has recorded (404 before it starts). */
export function getReception(id: string, signal?: AbortSignal) {
  return api.get<ReceptionModule>(`/caseFiles/${encodeURIComponent(id)}/reception`, { signal });
}

export function useReception(id: string, enabled: boolean) {
  return useQuery({
    queryKey: caseFileKeys.part(id, 'reception'),
    queryFn: ({ signal }) => getReception(id, signal),
    enabled,
    throwOnError: false,
  });
}
