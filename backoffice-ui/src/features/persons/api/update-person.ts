import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequestWithEtag, isProblemError, type Versioned } from '@/lib/api';
import type { Person, PersonRequest } from '@/lib/api/types';
import { personKey } from './get-person';

/**
 * PUT /api/v1/persons/{id} with the record's ETag in If-Match: replaces the whole record; when the facts the rules
 * read change, the answer carries the new verdict (and the history gains it). 412 when changed meanwhile.
 */
export function updatePerson(id: string, request: PersonRequest, etag: string) {
  return apiRequestWithEtag<Person>(`/persons/${encodeURIComponent(id)}`, {
    method: 'PUT',
    body: request,
    headers: { 'If-Match': etag },
  });
}

/** An edit of the person `id`, sent with the ETag of the cached record; a 412 reloads the record. */
export function useUpdatePerson(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: PersonRequest) => {
      const cached = queryClient.getQueryData<Versioned<Person>>(personKey(id));
      return updatePerson(id, request, cached?.etag ?? '*');
    },
    onSuccess: (answer) => {
      queryClient.setQueryData(personKey(id), answer);
      // The verdict history, the case files (a new verdict can change the file's deadline) and the searches.
      void queryClient.invalidateQueries({ queryKey: personKey(id), predicate: (query) => query.queryKey.length > 2 });
      void queryClient.invalidateQueries({ queryKey: ['caseFiles'] });
      void queryClient.invalidateQueries({ queryKey: ['persons', 'search'] });
    },
    onError: (error) => {
      if (isProblemError(error, 412)) void queryClient.invalidateQueries({ queryKey: personKey(id) });
    },
    throwOnError: (error) => isProblemError(error, 403),
  });
}
