import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { clearSession } from '../session';

/**
 * Ends the session in this tab. The token is a stateless JWT, so there is no server call; the
 * protected routes send the user to /login as soon as the session is gone.
 */
export function useLogout(): () => void {
  const queryClient = useQueryClient();
  return useCallback(() => {
    clearSession('logout');
    queryClient.clear();
  }, [queryClient]);
}
