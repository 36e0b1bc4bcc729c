import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api';
import type { CurrentUser } from '@/lib/api/types';
import { useAccessToken } from '../session';

export const currentUserQueryKey = ['auth', 'me'] as const;

/** GET /api/v1/me: who the bearer token belongs to, their role and tenant. */
export function getCurrentUser(signal?: AbortSignal): Promise<CurrentUser> {
  return api.get<CurrentUser>('/me', { signal });
}

export interface UseCurrentUserOptions {
  /**
   * Whether a 403 goes up to the route's error element (the default for queries). The layout
   * turns it off so that its header stays usable while a page shows "access denied".
   */
  throwOnForbidden?: boolean;
}

export function useCurrentUser({ throwOnForbidden = true }: UseCurrentUserOptions = {}) {
  const token = useAccessToken();
  return useQuery({
    queryKey: currentUserQueryKey,
    queryFn: ({ signal }) => getCurrentUser(signal),
    enabled: token !== null,
    staleTime: 5 * 60 * 1000,
    ...(throwOnForbidden ? {} : { throwOnError: false }),
  });
}
