import { useQuery } from '@tanstack/react-query';
import { apiRequestWithEtag, isProblemError, type Versioned } from '@/lib/api';
import type { CaseFile } from '@/lib/api/types';
import { caseFileKeys } from './keys';

/** GET /api/v1/caseFiles/{id} with its ETag, the version every change sends back in If-Match. */
export function getCaseFile(id: string, signal?: AbortSignal): Promise<Versioned<CaseFile>> {
  return apiRequestWithEtag<CaseFile>(`/caseFiles/${encodeURIComponent(id)}`, { signal });
}

export function useCaseFile(id: string) {
  return useQuery({
    queryKey: caseFileKeys.detail(id),
    queryFn: ({ signal }) => getCaseFile(id, signal),
    // Another CRI's file answers 404 like a missing one: the route shows "not found".
    throwOnError: (error) => isProblemError(error, 403) || isProblemError(error, 404),
  });
}
