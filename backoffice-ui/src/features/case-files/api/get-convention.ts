import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api';
import type { Convention } from '@/lib/api/types';
import { caseFileKeys } from './keys';

/** GET /api/v1/caseFiles/{id}/convention: the proposed or signed convention (404 before a proposal). */
export function getConvention(id: string, signal?: AbortSignal) {
  return api.get<Convention>(`/caseFiles/${encodeURIComponent(id)}/convention`, { signal });
}

export function useConvention(id: string, enabled: boolean) {
  return useQuery({
    queryKey: caseFileKeys.part(id, 'convention'),
    queryFn: ({ signal }) => getConvention(id, signal),
    enabled,
    throwOnError: false,
  });
}
