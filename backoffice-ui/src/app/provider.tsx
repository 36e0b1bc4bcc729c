import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { clearSession, getAccessToken } from '@/features/auth';
import { configureApiClient } from '@/lib/api';
import { getLanguage } from '@/lib/i18n';
import { createQueryClient } from './query-client';

// Shared code does not import features: the app tells the API client where the token and the
// language come from, and what a 401 means (the session is over; the protected routes then
// send the user to /login).
configureApiClient({
  getAccessToken,
  getLanguage,
  onUnauthorized: () => clearSession('expired'),
});

export interface AppProviderProps {
  children: ReactNode;
  /** Tests pass their own client. */
  queryClient?: QueryClient;
}

export function AppProvider({ children, queryClient }: AppProviderProps) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}
