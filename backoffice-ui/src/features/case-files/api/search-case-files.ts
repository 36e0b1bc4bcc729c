import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api';
import type { CaseFilePage } from '@/lib/api/types';
import { caseFileKeys } from './keys';

/** The shortest text the API searches for (3 letters or digits, CaseFileSearch.MINIMUM_LENGTH). */
export const SEARCH_MINIMUM = 3;

/**
 * The CRI's files whose person's name, national number or phone, or whose number, matches the text
 * (POST /api/v1/caseFiles/query: in the body, since it may be a national number). Off under 3 characters.
 */
export function useSearchCaseFiles(text: string) {
  const typed = text.trim();
  return useQuery({
    queryKey: caseFileKeys.search(typed),
    queryFn: ({ signal }) => api.post<CaseFilePage>('/caseFiles/query', { text: typed }, { signal }),
    enabled: typed.replace(/[^\p{L}\p{N}]/gu, '').length >= SEARCH_MINIMUM,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}
