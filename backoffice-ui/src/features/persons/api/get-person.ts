import { useQueries, useQuery } from '@tanstack/react-query';
import { apiRequestWithEtag, isProblemError, type Versioned } from '@/lib/api';
import type { Person } from '@/lib/api/types';

export const personKey = (id: string) => ['persons', id] as const;

/** GET /api/v1/persons/{id}: the record with its latest assessment, and its ETag. */
export function getPerson(id: string, signal?: AbortSignal): Promise<Versioned<Person>> {
  return apiRequestWithEtag<Person>(`/persons/${encodeURIComponent(id)}`, { signal });
}

export function usePerson(id: string) {
  return useQuery({
    queryKey: personKey(id),
    queryFn: ({ signal }) => getPerson(id, signal),
    // Another CRI's person answers 404 like an unknown id: the route shows "not found".
    throwOnError: (error) => isProblemError(error, 403) || isProblemError(error, 404),
  });
}

/** Several persons at once (the candidates of a likely duplicate); a failed one is left out. */
export function usePersons(ids: readonly string[]) {
  return useQueries({
    queries: ids.map((id) => ({
      queryKey: personKey(id),
      queryFn: ({ signal }: { signal: AbortSignal }) => getPerson(id, signal),
      throwOnError: false,
    })),
  });
}
