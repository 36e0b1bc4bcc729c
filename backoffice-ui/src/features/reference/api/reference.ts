import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api';
import type { Axis, Commune, CommunePage, Country, Language, Operator } from '@/lib/api/types';
import { useTranslation } from '@/lib/i18n';

/** Reference data changes by decree, not during a session: read once, kept until the page is reloaded. */
const KEPT = { staleTime: Infinity, gcTime: Infinity } as const;

export const referenceKeys = {
  countries: (language: string) => ['reference', 'countries', language] as const,
  languages: (language: string) => ['reference', 'languages', language] as const,
  communes: ['reference', 'communes'] as const,
  operators: (axis: string, cri: string) => ['operators', axis, cri] as const,
};

/** GET /api/v1/countries: every country by name, in the interface's language. */
export function useCountries() {
  const { language } = useTranslation();
  return useQuery({
    queryKey: referenceKeys.countries(language),
    queryFn: ({ signal }) => api.get<Country[]>('/countries', { signal }),
    ...KEPT,
  });
}

/** GET /api/v1/languages: every language by name, in the interface's language. */
export function useLanguages() {
  const { language } = useTranslation();
  return useQuery({
    queryKey: referenceKeys.languages(language),
    queryFn: ({ signal }) => api.get<Language[]>('/languages', { signal }),
    ...KEPT,
  });
}

const COMMUNE_PAGE = 200;

/** Every page of GET /api/v1/communes (261 communes: two pages). */
export async function getAllCommunes(signal?: AbortSignal): Promise<Commune[]> {
  const communes: Commune[] = [];
  for (let page = 1; ; page += 1) {
    const answer = await api.get<CommunePage>(`/communes?page=${page}&pageSize=${COMMUNE_PAGE}`, { signal });
    communes.push(...(answer.items ?? []));
    if ((answer.items ?? []).length < COMMUNE_PAGE || communes.length >= (answer.total ?? 0)) return communes;
  }
}

/** The Walloon communes with their postal codes. */
export function useCommunes() {
  return useQuery({ queryKey: referenceKeys.communes, queryFn: ({ signal }) => getAllCommunes(signal), ...KEPT });
}

/**
 * GET /api/v1/operators?axis=&cri=: the active operators recognised for the axis and, with a CRI, whose premises lie
 * in its territory.
 */
export function useOperatorsFor(axis: Axis, cri?: string) {
  const query = new URLSearchParams({ axis, ...(cri ? { cri } : {}) });
  return useQuery({
    queryKey: referenceKeys.operators(axis, cri ?? ''),
    queryFn: ({ signal }) => api.get<Operator[]>(`/operators?${query.toString()}`, { signal }),
    staleTime: 5 * 60_000,
  });
}

/**
 * A commune as a person reads it, "Liège (62063)", from its INS code (GET /api/v1/communes/{nis}, public, kept for
 * the session): for a page that shows a few communes without loading the list. The code alone while it loads or
 * when the commune is unknown.
 */
export function useCommuneName(nis: string | null | undefined): string {
  const { data } = useQuery({
    queryKey: [...referenceKeys.communes, nis],
    queryFn: ({ signal }) => api.get<Commune>(`/communes/${encodeURIComponent(nis ?? '')}`, { signal }),
    enabled: Boolean(nis && /^\d{5}$/.test(nis)),
    retry: false,
    ...KEPT,
  });
  if (!nis) return '';
  return data?.name ? `${data.name} (${nis})` : nis;
}
