import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api';
import type { SelfCheck, SelfCheckRequest } from '@/lib/api/types';
import { getLanguage, type Language } from '@/lib/i18n';

/**
 * POST /api/v1/public/selfChecks: no login, nothing stored, so it is read like a query. The texts
 * come back in the language sent as Accept-Language (Arabic included).
 */
export function assessSelfCheck(request: SelfCheckRequest, signal?: AbortSignal): Promise<SelfCheck> {
  return api.post<SelfCheck>('/public/selfChecks', request, { anonymous: true, signal });
}

export const selfCheckQueryKey = (request: SelfCheckRequest | null, language: Language) =>
  ['public', 'selfCheck', language, request] as const;

/**
 * The result for the submitted answers, `null` before submission. Changing the language asks
 * again, keeping the previous texts on screen meanwhile.
 */
export function useSelfCheck(request: SelfCheckRequest | null, language: Language = getLanguage()) {
  return useQuery({
    queryKey: selfCheckQueryKey(request, language),
    queryFn: ({ signal }) => assessSelfCheck(request ?? {}, signal),
    enabled: request !== null,
    staleTime: Infinity,
    placeholderData: keepPreviousData,
    // A 400 is shown next to its field; nothing here is "access denied".
    throwOnError: false,
  });
}
