import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api';
import type { Commune, CommunePage } from '@/lib/api/types';

const PAGE_SIZE = 100;

/** The communes a CRI serves (GET /api/v1/communes?cri=…, public reference data), by name: the commune filter's choices. */
export function useCriCommunes(cri: string | undefined) {
  return useQuery({
    queryKey: ['communes', 'ofCri', cri ?? ''],
    enabled: Boolean(cri),
    staleTime: Infinity,
    queryFn: async ({ signal }) => {
      const communes: Commune[] = [];
      for (let page = 1; ; page++) {
        const query = new URLSearchParams({ cri: cri ?? '', page: String(page), pageSize: String(PAGE_SIZE) });
        const answer = await api.get<CommunePage>(`/communes?${query}`, { signal });
        communes.push(...(answer.items ?? []));
        if (communes.length >= (answer.total ?? 0) || (answer.items ?? []).length === 0) break;
      }
      return communes.sort((a, b) => (a.name ?? '').localeCompare(b.name ?? '', 'fr'));
    },
  });
}
