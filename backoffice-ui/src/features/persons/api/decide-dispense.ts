import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api';
import type { Assessment, DispenseConfirmationRequest, DispenseRejectionRequest } from '@/lib/api/types';
import { personKey } from './get-person';

function dispenseUrl(personId: string, dispenseId: string, decision: 'confirmation' | 'rejection') {
  return `/persons/${encodeURIComponent(personId)}/dispenses/${encodeURIComponent(dispenseId)}/${decision}`;
}

/**
 * POST …/dispenses/{dispenseId}/confirmation (supervisors): the dispense to confirm is confirmed on evidence; the
 * person is dispensed and the current case file follows as a volunteer. Agents get 403; 409 when it is no longer the
 * person's current dispense to confirm.
 */
export function confirmDispense(personId: string, dispenseId: string, request: DispenseConfirmationRequest) {
  return api.post<Assessment>(dispenseUrl(personId, dispenseId, 'confirmation'), request);
}

/** POST …/dispenses/{dispenseId}/rejection (supervisors): the person is obliged; the declared facts are cleared. */
export function rejectDispense(personId: string, dispenseId: string, request: DispenseRejectionRequest) {
  return api.post<Assessment>(dispenseUrl(personId, dispenseId, 'rejection'), request);
}

function useRefreshAfterDecision(personId: string) {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: personKey(personId) });
    void queryClient.invalidateQueries({ queryKey: ['caseFiles'] });
    void queryClient.invalidateQueries({ queryKey: ['persons', 'search'] });
  };
}

export function useConfirmDispense(personId: string, dispenseId: string) {
  const refresh = useRefreshAfterDecision(personId);
  return useMutation({
    mutationFn: (request: DispenseConfirmationRequest) => confirmDispense(personId, dispenseId, request),
    onSuccess: refresh,
  });
}

export function useRejectDispense(personId: string, dispenseId: string) {
  const refresh = useRefreshAfterDecision(personId);
  return useMutation({
    mutationFn: (request: DispenseRejectionRequest) => rejectDispense(personId, dispenseId, request),
    onSuccess: refresh,
  });
}
