import { useQueries, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api';
import type { Axis, EnrolmentStatus, OperatorEnrolment, OperatorEnrolmentPage } from '@/lib/api/types';
import { trainingKeys } from './keys';

export const TRAINING_AXES: readonly Axis[] = ['CITIZENSHIP', 'FRENCH', 'SOCIO_PROFESSIONAL'];
export const ENROLMENT_STATUSES: readonly EnrolmentStatus[] = ['ACTIVE', 'COMPLETED', 'WITHDRAWN'];
/** The API's largest page. */
const MAX_PAGE_SIZE = 200;

/** GET /api/v1/enrolments: one page of the operator's enrolments, the latest started first ('' = any axis or status). */
export function getTrainerEnrolments(
  axis: Axis | '',
  status: EnrolmentStatus | '',
  page: number,
  pageSize: number,
  signal?: AbortSignal,
) {
  const query = new URLSearchParams({ page: String(page), pageSize: String(pageSize) });
  if (axis) query.set('axis', axis);
  if (status) query.set('status', status);
  return api.get<OperatorEnrolmentPage>(`/enrolments?${query}`, { signal });
}

export function useTrainerEnrolments(axis: Axis | '', status: EnrolmentStatus | '', page: number, pageSize: number) {
  return useQuery({
    queryKey: trainingKeys.page(axis, status, page, pageSize),
    queryFn: ({ signal }) => getTrainerEnrolments(axis, status, page, pageSize, signal),
  });
}

/** Every active enrolment of an axis (page after page): the rows of a group's session. */
export async function getAllActiveEnrolments(axis: Axis, signal?: AbortSignal): Promise<OperatorEnrolment[]> {
  const all: OperatorEnrolment[] = [];
  for (let page = 1; ; page += 1) {
    const answer = await getTrainerEnrolments(axis, 'ACTIVE', page, MAX_PAGE_SIZE, signal);
    all.push(...(answer.items ?? []));
    if ((answer.items ?? []).length < MAX_PAGE_SIZE || all.length >= (answer.total ?? 0)) return all;
  }
}

export function useAllActiveEnrolments(axis: Axis) {
  return useQuery({
    queryKey: trainingKeys.active(axis),
    queryFn: ({ signal }) => getAllActiveEnrolments(axis, signal),
  });
}

/** How many active enrolments each axis has (a one-item page of each, read for its `total`). */
export function useActiveCounts() {
  return useQueries({
    queries: TRAINING_AXES.map((axis) => ({
      queryKey: trainingKeys.page(axis, 'ACTIVE', 1, 1),
      queryFn: ({ signal }: { signal: AbortSignal }) => getTrainerEnrolments(axis, 'ACTIVE', 1, 1, signal),
    })),
  });
}
