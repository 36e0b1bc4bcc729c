import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequestWithEtag, isProblemError, type Versioned } from '@/lib/api';
import type { CreateUserRequest, PasswordResetRequest, Role, UpdateUserRequest, User, UserPage } from '@/lib/api/types';
import { adminKeys } from './keys';

export interface UserFilters {
  role?: Role | '';
  cri?: string;
  q?: string;
}

/** GET /api/v1/users?role=&cri=&q=&page=: the staff accounts, by username (never a password hash). */
export function searchUsers(filters: UserFilters, page: number, pageSize: number, signal?: AbortSignal) {
  const query = new URLSearchParams();
  if (filters.role) query.set('role', filters.role);
  if (filters.cri) query.set('cri', filters.cri);
  if (filters.q?.trim()) query.set('q', filters.q.trim());
  query.set('page', String(page));
  query.set('pageSize', String(pageSize));
  return apiRequestWithEtag<UserPage>(`/users?${query.toString()}`, { signal }).then((answer) => answer.data);
}

export function useUsers(filters: UserFilters, page: number, pageSize: number) {
  return useQuery({
    queryKey: adminKeys.userSearch({ ...filters, pageSize }, page),
    queryFn: ({ signal }) => searchUsers(filters, page, pageSize, signal),
    placeholderData: keepPreviousData,
    throwOnError: (error) => isProblemError(error, 403),
  });
}

/** GET /api/v1/users/{id}: the account and its ETag. */
export function useUser(id: string) {
  return useQuery({
    queryKey: adminKeys.user(id),
    queryFn: ({ signal }) => apiRequestWithEtag<User>(`/users/${encodeURIComponent(id)}`, { signal }),
    throwOnError: (error) => isProblemError(error, 403) || isProblemError(error, 404),
  });
}

function useUserMutation<V>(request: (variables: V) => Promise<Versioned<User>>, reloadOnStale?: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: (answer) => {
      if (answer.data.id) queryClient.setQueryData(adminKeys.user(answer.data.id), answer);
      void queryClient.invalidateQueries({ queryKey: [...adminKeys.users, 'search'] });
    },
    onError: (error) => {
      // Someone changed the account meanwhile: show the current one; the page says why.
      if (reloadOnStale && isProblemError(error, 412)) {
        void queryClient.invalidateQueries({ queryKey: adminKeys.user(reloadOnStale) });
      }
    },
    throwOnError: (error) => isProblemError(error, 403),
  });
}

/** POST /api/v1/users: 409 when the username is taken, 422 when the tenant does not fit the role. */
export function useCreateUser() {
  return useUserMutation((request: CreateUserRequest) =>
    apiRequestWithEtag<User>('/users', { method: 'POST', body: request }),
  );
}

/** PUT /api/v1/users/{id} with If-Match: display name, role, tenant, active. */
export function useUpdateUser(id: string) {
  return useUserMutation(
    ({ request, etag }: { request: UpdateUserRequest; etag: string }) =>
      apiRequestWithEtag<User>(`/users/${encodeURIComponent(id)}`, {
        method: 'PUT',
        body: request,
        headers: { 'If-Match': etag },
      }),
    id,
  );
}

/** POST /api/v1/users/{id}/passwordReset: the password the administrator chose. */
export function useResetPassword(id: string) {
  return useUserMutation((request: PasswordResetRequest) =>
    apiRequestWithEtag<User>(`/users/${encodeURIComponent(id)}/passwordReset`, { method: 'POST', body: request }),
  );
}
