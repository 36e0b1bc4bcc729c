import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api';
import type { PersonQuery, PersonSearchPage } from '@/lib/api/types';

/** POST /api/v1/persons/query: the criteria in the body (never a national number in a URL), paged. */
export function searchPersons(query: PersonQuery, page: number, pageSize: number, signal?: AbortSignal) {
  return api.post<PersonSearchPage>(`/persons/query?page=${page}&pageSize=${pageSize}`, query, { signal });
}

/** `query` null asks nothing (before the first search). A 400 is shown next to its field. */
export function useSearchPersons(query: PersonQuery | null, page: number, pageSize = 20) {
  return useQuery({
    queryKey: ['persons', 'search', query, page, pageSize] as const,
    queryFn: ({ signal }) => searchPersons(query ?? {}, page, pageSize, signal),
    enabled: query !== null,
    placeholderData: keepPreviousData,
    throwOnError: false,
  });
}
