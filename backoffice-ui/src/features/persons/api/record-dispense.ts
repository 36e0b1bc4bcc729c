import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api';
import type { Assessment, DispenseRequest } from '@/lib/api/types';
import { personKey } from './get-person';

/**
 * POST /api/v1/persons/{id}/dispenses (supervisors): the dispense becomes the person's latest assessment and the
 * current case file follows (volunteer, no deadline). Agents get 403.
 */
export function recordDispense(id: string, request: DispenseRequest) {
  return api.post<Assessment>(`/persons/${encodeURIComponent(id)}/dispenses`, request);
}

export function useRecordDispense(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: DispenseRequest) => recordDispense(id, request),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: personKey(id) });
      void queryClient.invalidateQueries({ queryKey: ['caseFiles'] });
      void queryClient.invalidateQueries({ queryKey: ['persons', 'search'] });
    },
  });
}
