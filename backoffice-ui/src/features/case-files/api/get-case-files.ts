import { useQuery } from '@tanstack/react-query';
import { api, apiDownload } from '@/lib/api';
import type { CaseFilePage } from '@/lib/api/types';
import { filtersToParams, type CaseFileFilters } from '../list-filters';
import { caseFileKeys } from './keys';

/** One page of the CRI's files (GET /api/v1/caseFiles) that the filters show, in their order. */
export function useCaseFiles(filters: CaseFileFilters, page = 1, pageSize = 20) {
  const filter = filtersToParams(filters).toString();
  return useQuery({
    queryKey: caseFileKeys.list(filter, page, pageSize),
    queryFn: ({ signal }) => {
      const query = new URLSearchParams(filter);
      query.set('page', String(page));
      query.set('pageSize', String(pageSize));
      return api.get<CaseFilePage>(`/caseFiles?${query}`, { signal });
    },
  });
}

/** Every file the filters show, as CSV for a spreadsheet (GET /api/v1/caseFiles.csv, a sibling of the list; audited as an export). */
export function downloadCaseFiles(filters: CaseFileFilters) {
  const filter = filtersToParams(filters).toString();
  return apiDownload(`/caseFiles.csv${filter ? `?${filter}` : ''}`, 'text/csv');
}
