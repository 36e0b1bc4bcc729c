import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { api } from '@/lib/api';
import { clearSession, getAccessToken } from '../session';

/**
 * POST /api/v1/auth/logout with this token: the server ends every token of the account (ADR 0027). Sent
 * as an anonymous request carrying the token itself, since the session is already gone in the tab; a
 * failure (offline, token already ended) changes nothing for the user.
 */
export async function revokeToken(token: string): Promise<void> {
  try {
    await api.post<void>('/auth/logout', undefined, {
      anonymous: true,
      headers: { Authorization: `Bearer ${token}` },
    });
  } catch {
    // the session is gone in this tab either way
  }
}

/**
 * Ends the session: in this tab at once (the protected routes send the user to /login), and on the
 * server, which refuses the token from then on.
 */
export function useLogout(): () => Promise<void> {
  const queryClient = useQueryClient();
  return useCallback(async () => {
    const token = getAccessToken();
    clearSession('logout');
    queryClient.clear();
    if (token) await revokeToken(token);
  }, [queryClient]);
}
