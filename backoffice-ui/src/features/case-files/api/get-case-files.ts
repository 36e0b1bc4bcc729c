import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api';
import type { CaseFilePage, CaseFileState } from '@/lib/api/types';
import { caseFileKeys } from './keys';

/** One page of the CRI's files (GET /api/v1/caseFiles), the most recently opened first; of one state if given. */
export function useCaseFiles(state: CaseFileState | undefined, page = 1, pageSize = 20) {
  return useQuery({
    queryKey: caseFileKeys.list(state ?? 'ALL', page, pageSize),
    queryFn: ({ signal }) => {
      const query = new URLSearchParams({ page: String(page), pageSize: String(pageSize) });
      if (state) query.set('state', state);
      return api.get<CaseFilePage>(`/caseFiles?${query}`, { signal });
    },
  });
}
