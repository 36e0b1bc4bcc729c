import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, type ProblemError } from '@/lib/api';
import type { TokenRequest, TokenResponse } from '@/lib/api/types';
import { saveAccessToken } from '../session';

export interface Credentials {
  username: string;
  password: string;
}

/** POST /api/v1/auth/token with the password grant. A 401 here is "bad credentials", not expiry. */
export function requestToken(credentials: Credentials): Promise<TokenResponse> {
  const body: TokenRequest = { grantType: 'password', ...credentials };
  return api.post<TokenResponse>('/auth/token', body, { anonymous: true });
}

/** Logs in and starts the session; whatever an earlier user had cached is dropped first. */
export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation<TokenResponse, ProblemError | Error, Credentials>({
    mutationFn: requestToken,
    onSuccess: (token) => {
      queryClient.clear();
      if (token.accessToken) saveAccessToken(token.accessToken);
    },
  });
}
