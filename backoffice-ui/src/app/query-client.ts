import { QueryClient } from '@tanstack/react-query';
import { isProblemError, ProblemError } from '@/lib/api';

/** A 403 goes up to the route's error element, which shows the "access denied" page. */
const throwForbidden = (error: Error) => isProblemError(error, 403);

/** Client errors (4xx) are answers, not accidents: retrying them cannot help. */
function shouldRetry(failureCount: number, error: Error): boolean {
  if (error instanceof ProblemError && error.status < 500) return false;
  return failureCount < 2;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: shouldRetry, throwOnError: throwForbidden, refetchOnWindowFocus: false },
      mutations: { throwOnError: throwForbidden },
    },
  });
}
