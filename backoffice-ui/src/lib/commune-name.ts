import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api';
import type { Commune } from '@/lib/api/types';

/**
 * A commune as a person reads it, "Liège (62063)", from its INS code (GET /api/v1/communes/{nis}, public and
 * cached); the code alone while it loads or when the commune is unknown. Never the code alone where the name
 * is known (issue 14).
 */
export function useCommuneName(nis: string | null | undefined): string {
  const { data } = useQuery({
    queryKey: ['communes', 'name', nis],
    queryFn: ({ signal }) => api.get<Commune>(`/communes/${encodeURIComponent(nis ?? '')}`, { signal }),
    enabled: Boolean(nis && /^\d{5}$/.test(nis)),
    staleTime: 24 * 60 * 60_000,
    retry: false,
  });
  if (!nis) return '';
  return data?.name ? `${data.name} (${nis})` : nis;
}
