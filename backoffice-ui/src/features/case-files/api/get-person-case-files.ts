import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api';
import type { CaseFileSummary } from '@/lib/api/types';
import { caseFileKeys } from './keys';

/** GET /api/v1/persons/{id}/caseFiles: the person's files at your CRI. */
export function getPersonCaseFiles(personId: string, signal?: AbortSignal) {
  return api.get<CaseFileSummary[]>(`/persons/${encodeURIComponent(personId)}/caseFiles`, { signal });
}

export function usePersonCaseFiles(personId: string) {
  return useQuery({
    queryKey: caseFileKeys.ofPerson(personId),
    queryFn: ({ signal }) => getPersonCaseFiles(personId, signal),
  });
}
