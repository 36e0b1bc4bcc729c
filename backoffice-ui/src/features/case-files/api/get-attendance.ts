import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api';
import type { CaseFileAttendance } from '@/lib/api/types';
import { caseFileKeys } from './keys';

/** GET /api/v1/caseFiles/{id}/attendance: the sessions and corrections of every enrolment, and the equivalences. */
export function getAttendance(id: string, signal?: AbortSignal) {
  return api.get<CaseFileAttendance>(`/caseFiles/${encodeURIComponent(id)}/attendance`, { signal });
}

export function useAttendance(id: string) {
  return useQuery({
    queryKey: caseFileKeys.part(id, 'attendance'),
    queryFn: ({ signal }) => getAttendance(id, signal),
    throwOnError: false,
  });
}
