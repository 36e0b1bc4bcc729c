import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api';
import type { Assessment } from '@/lib/api/types';
import { personKey } from './get-person';

export const assessmentsKey = (id: string) => [...personKey(id), 'assessments'] as const;

/** GET /api/v1/persons/{id}/assessments: every stored verdict, the latest first. */
export function getAssessments(id: string, signal?: AbortSignal) {
  return api.get<Assessment[]>(`/persons/${encodeURIComponent(id)}/assessments`, { signal });
}

export function useAssessments(id: string) {
  return useQuery({
    queryKey: assessmentsKey(id),
    queryFn: ({ signal }) => getAssessments(id, signal),
    throwOnError: false,
  });
}
