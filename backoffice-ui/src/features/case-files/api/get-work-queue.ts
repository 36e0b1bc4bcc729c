import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api';
import type { CaseFilePage } from '@/lib/api/types';
import { caseFileKeys } from './keys';

/** The work queues of GET /api/v1/caseFiles?queue=… that every member of a CRI's staff works on. */
export const WORK_QUEUES = ['overdue', 'atRisk', 'reviewDue', 'new'] as const;
/** A supervisor's queues add the completed files whose attestation they issue. */
export const SUPERVISOR_QUEUES = [...WORK_QUEUES, 'attestationsToIssue'] as const;
export type WorkQueueName = (typeof SUPERVISOR_QUEUES)[number];

export function isWorkQueue(value: unknown): value is WorkQueueName {
  return typeof value === 'string' && (SUPERVISOR_QUEUES as readonly string[]).includes(value);
}

export function getWorkQueue(queue: WorkQueueName, page: number, pageSize: number, signal?: AbortSignal) {
  const query = new URLSearchParams({ queue, page: String(page), pageSize: String(pageSize) });
  return api.get<CaseFilePage>(`/caseFiles?${query}`, { signal });
}

/** One page of a queue, in its order (the most urgent first). */
export function useWorkQueue(queue: WorkQueueName, page = 1, pageSize = 20) {
  return useQuery({
    queryKey: caseFileKeys.queue(queue, page, pageSize),
    queryFn: ({ signal }) => getWorkQueue(queue, page, pageSize, signal),
  });
}
