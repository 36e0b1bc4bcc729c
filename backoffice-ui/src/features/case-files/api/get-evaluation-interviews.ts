import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api';
import type { EvaluationInterview } from '@/lib/api/types';
import { caseFileKeys } from './keys';

/** GET /api/v1/caseFiles/{id}/evaluationInterviews: by the day they were held. */
export function getEvaluationInterviews(id: string, signal?: AbortSignal) {
  return api.get<EvaluationInterview[]>(`/caseFiles/${encodeURIComponent(id)}/evaluationInterviews`, { signal });
}

export function useEvaluationInterviews(id: string) {
  return useQuery({
    queryKey: caseFileKeys.part(id, 'evaluationInterviews'),
    queryFn: ({ signal }) => getEvaluationInterviews(id, signal),
    throwOnError: false,
  });
}
