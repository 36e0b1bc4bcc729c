import { useQueries, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api';
import type { CaseFilePage } from '@/lib/api/types';
import { caseFileKeys } from './keys';

/** The work queues of GET /api/v1/caseFiles?queue=…, the most urgent first. */
export const WORK_QUEUES = ['atRisk', 'overdue', 'reviewDue', 'new'] as const;
export type WorkQueueName = (typeof WORK_QUEUES)[number];

export function isWorkQueue(value: unknown): value is WorkQueueName {
  return typeof value === 'string' && (WORK_QUEUES as readonly string[]).includes(value);
}

export function getWorkQueue(queue: WorkQueueName, page: number, pageSize: number, signal?: AbortSignal) {
  const query = new URLSearchParams({ queue, page: String(page), pageSize: String(pageSize) });
  return api.get<CaseFilePage>(`/caseFiles?${query}`, { signal });
}

/** One page of a queue. */
export function useWorkQueue(queue: WorkQueueName, page = 1, pageSize = 20) {
  return useQuery({
    queryKey: caseFileKeys.queue(queue, page, pageSize),
    queryFn: ({ signal }) => getWorkQueue(queue, page, pageSize, signal),
  });
}

/** How many files each queue holds (a one-item page of each, read for its `total`). */
export function useWorkQueueCounts() {
  return useQueries({
    queries: WORK_QUEUES.map((queue) => ({
      queryKey: caseFileKeys.queue(queue, 1, 1),
      queryFn: ({ signal }: { signal: AbortSignal }) => getWorkQueue(queue, 1, 1, signal),
    })),
  });
}
