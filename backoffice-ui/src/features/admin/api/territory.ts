import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiRequestWithEtag, isProblemError } from '@/lib/api';
import type { Commune, CommunePage, Cri, CriReassignment, ReassignCommuneRequest } from '@/lib/api/types';
import { adminKeys } from './keys';

const PAGE_SIZE = 200;

/** GET /api/v1/cris: the eight CRIs. */
export function useCris() {
  return useQuery({
    queryKey: adminKeys.cris,
    queryFn: ({ signal }) => api.get<Cri[]>('/cris', { signal }),
    staleTime: 10 * 60_000,
  });
}

/** Every commune (of one CRI when `cri` is set), reading GET /api/v1/communes page after page. */
export async function getAllCommunes(cri: string, signal?: AbortSignal): Promise<Commune[]> {
  const communes: Commune[] = [];
  for (let page = 1; ; page++) {
    const query = new URLSearchParams({ page: String(page), pageSize: String(PAGE_SIZE) });
    if (cri) query.set('cri', cri);
    const answer = await api.get<CommunePage>(`/communes?${query.toString()}`, { signal });
    communes.push(...(answer.items ?? []));
    if (communes.length >= (answer.total ?? 0) || (answer.items ?? []).length === 0) return communes;
  }
}

export function useCommunes(cri = '') {
  return useQuery({
    queryKey: adminKeys.communes(cri),
    queryFn: ({ signal }) => getAllCommunes(cri, signal),
    staleTime: 60_000,
  });
}

/** GET /api/v1/communes/{nis}: the commune, its CRI and its ETag. */
export function useCommune(nis: string) {
  return useQuery({
    queryKey: adminKeys.commune(nis),
    queryFn: ({ signal }) => apiRequestWithEtag<Commune>(`/communes/${encodeURIComponent(nis)}`, { signal }),
    throwOnError: (error) => isProblemError(error, 404),
  });
}

/** GET /api/v1/communes/{nis}/criReassignments: the commune's CRI history, oldest first. */
export function useReassignments(nis: string) {
  return useQuery({
    queryKey: adminKeys.reassignments(nis),
    queryFn: ({ signal }) =>
      api.get<CriReassignment[]>(`/communes/${encodeURIComponent(nis)}/criReassignments`, { signal }),
    throwOnError: (error) => isProblemError(error, 403),
  });
}

/** PUT /api/v1/communes/{nis}/cri with If-Match: moves the commune to another CRI, kept in its history. */
export function useReassignCommune(nis: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ request, etag }: { request: ReassignCommuneRequest; etag: string }) =>
      apiRequestWithEtag<Commune>(`/communes/${encodeURIComponent(nis)}/cri`, {
        method: 'PUT',
        body: request,
        headers: { 'If-Match': etag },
      }),
    onSuccess: (answer) => {
      queryClient.setQueryData(adminKeys.commune(nis), answer);
      void queryClient.invalidateQueries({ queryKey: adminKeys.reassignments(nis) });
      void queryClient.invalidateQueries({ queryKey: ['admin', 'communes'] });
    },
    onError: (error) => {
      if (isProblemError(error, 412)) void queryClient.invalidateQueries({ queryKey: adminKeys.commune(nis) });
    },
    throwOnError: (error) => isProblemError(error, 403),
  });
}
