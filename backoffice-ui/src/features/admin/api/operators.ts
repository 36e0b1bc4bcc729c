import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiRequestWithEtag, isProblemError } from '@/lib/api';
import type { CreateOperatorRequest, Operator, UpdateOperatorRequest } from '@/lib/api/types';
import { adminKeys } from './keys';

/** GET /api/v1/operators?includeInactive=true: every operator, by code. */
export function useAllOperators() {
  return useQuery({
    queryKey: adminKeys.operators,
    queryFn: ({ signal }) => api.get<Operator[]>('/operators?includeInactive=true', { signal }),
    throwOnError: (error) => isProblemError(error, 403),
  });
}

/** GET /api/v1/operators/{code}: the operator and its ETag. */
export function useOperator(code: string) {
  return useQuery({
    queryKey: adminKeys.operator(code),
    queryFn: ({ signal }) => apiRequestWithEtag<Operator>(`/operators/${encodeURIComponent(code)}`, { signal }),
    throwOnError: (error) => isProblemError(error, 403) || isProblemError(error, 404),
  });
}

/** POST /api/v1/operators: 409 when the code is taken. */
export function useCreateOperator() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: CreateOperatorRequest) =>
      apiRequestWithEtag<Operator>('/operators', { method: 'POST', body: request }),
    onSuccess: (answer) => {
      if (answer.data.code) queryClient.setQueryData(adminKeys.operator(answer.data.code), answer);
      void queryClient.invalidateQueries({ queryKey: adminKeys.operators, exact: true });
    },
    throwOnError: (error) => isProblemError(error, 403),
  });
}

/** PUT /api/v1/operators/{code} with If-Match: details, recognitions, active. A 412 reloads it. */
export function useUpdateOperator(code: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ request, etag }: { request: UpdateOperatorRequest; etag: string }) =>
      apiRequestWithEtag<Operator>(`/operators/${encodeURIComponent(code)}`, {
        method: 'PUT',
        body: request,
        headers: { 'If-Match': etag },
      }),
    onSuccess: (answer) => {
      queryClient.setQueryData(adminKeys.operator(code), answer);
      void queryClient.invalidateQueries({ queryKey: adminKeys.operators, exact: true });
      // The lists of whom a person can be enrolled with change with the recognitions.
      void queryClient.invalidateQueries({ queryKey: ['case-files'] });
    },
    onError: (error) => {
      if (isProblemError(error, 412)) void queryClient.invalidateQueries({ queryKey: adminKeys.operator(code) });
    },
    throwOnError: (error) => isProblemError(error, 403),
  });
}
