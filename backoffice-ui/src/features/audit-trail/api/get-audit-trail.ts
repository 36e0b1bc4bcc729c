import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api';
import type { AuditTrailPage } from '@/lib/api/types';

export function getAuditTrail(personId: string, page: number, pageSize: number, signal?: AbortSignal) {
  const query = new URLSearchParams({ page: String(page), pageSize: String(pageSize) });
  return api.get<AuditTrailPage>(`/persons/${encodeURIComponent(personId)}/auditTrail?${query}`, { signal });
}

/** One page of who read or changed the person's data, the latest first (GET /api/v1/persons/{id}/auditTrail). */
export function useAuditTrail(personId: string, page: number, pageSize: number) {
  return useQuery({
    queryKey: ['persons', personId, 'auditTrail', page, pageSize] as const,
    queryFn: ({ signal }) => getAuditTrail(personId, page, pageSize, signal),
    placeholderData: keepPreviousData,
  });
}
