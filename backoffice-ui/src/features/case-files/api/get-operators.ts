import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api';
import type { Axis, Operator } from '@/lib/api/types';
import { caseFileKeys } from './keys';

/** GET /api/v1/operators?axis=: the active operators recognised for an axis, by name. */
export function getOperators(axis: Axis, signal?: AbortSignal) {
  return api.get<Operator[]>(`/operators?axis=${encodeURIComponent(axis)}`, { signal });
}

export function useOperators(axis: Axis) {
  return useQuery({
    queryKey: caseFileKeys.operators(axis),
    queryFn: ({ signal }) => getOperators(axis, signal),
    staleTime: 5 * 60_000,
  });
}
