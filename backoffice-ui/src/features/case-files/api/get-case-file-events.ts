import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api';
import type { CaseFileEvent } from '@/lib/api/types';
import { caseFileKeys } from './keys';

/** GET /api/v1/caseFiles/{id}/events: the timeline, every transition and record. */
export function getCaseFileEvents(id: string, signal?: AbortSignal) {
  return api.get<CaseFileEvent[]>(`/caseFiles/${encodeURIComponent(id)}/events`, { signal });
}

export function useCaseFileEvents(id: string) {
  return useQuery({
    queryKey: caseFileKeys.part(id, 'events'),
    queryFn: ({ signal }) => getCaseFileEvents(id, signal),
  });
}
