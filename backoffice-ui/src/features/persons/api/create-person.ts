import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequestWithEtag, isProblemError } from '@/lib/api';
import type { Person, PersonRequest } from '@/lib/api/types';
import { personKey } from './get-person';

/**
 * POST /api/v1/persons: registers a newcomer and assesses the obligation. 409 likely-duplicate names
 * the `candidates` (resend with confirmedNotDuplicate: true); 409 duplicate-person the existing one.
 */
export function createPerson(request: PersonRequest) {
  return apiRequestWithEtag<Person>('/persons', { method: 'POST', body: request });
}

export function useCreatePerson() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createPerson,
    onSuccess: (answer) => {
      if (answer.data.id) queryClient.setQueryData(personKey(answer.data.id), answer);
      void queryClient.invalidateQueries({ queryKey: ['persons', 'search'] });
    },
    throwOnError: (error) => isProblemError(error, 403),
  });
}
