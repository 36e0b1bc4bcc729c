import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api';
import type { Enrolment } from '@/lib/api/types';
import { caseFileKeys } from './keys';

/** GET /api/v1/caseFiles/{id}/enrolments. */
export function getEnrolments(id: string, signal?: AbortSignal) {
  return api.get<Enrolment[]>(`/caseFiles/${encodeURIComponent(id)}/enrolments`, { signal });
}

export function useEnrolments(id: string) {
  return useQuery({
    queryKey: caseFileKeys.part(id, 'enrolments'),
    queryFn: ({ signal }) => getEnrolments(id, signal),
  });
}
