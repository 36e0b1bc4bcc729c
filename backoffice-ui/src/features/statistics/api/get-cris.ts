import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api';
import type { Cri } from '@/lib/api/types';

/** The eight CRIs (GET /api/v1/cris), for a choice of one; read only when `enabled`. */
export function useCris(enabled = true) {
  return useQuery({
    queryKey: ['cris'] as const,
    queryFn: ({ signal }) => api.get<Cri[]>('/cris', { signal }),
    enabled,
    staleTime: Infinity,
  });
}
