/** Query keys of the trainer's pages: everything under ['training'] is refreshed after a posting. */
export const trainingKeys = {
  all: ['training'] as const,
  page: (axis: string, status: string, page: number, pageSize: number) =>
    ['training', 'enrolments', axis, status, page, pageSize] as const,
  active: (axis: string) => ['training', 'enrolments', axis, 'ACTIVE', 'all'] as const,
  detail: (id: string) => ['training', 'enrolment', id] as const,
  entries: (id: string) => ['training', 'enrolment', id, 'entries'] as const,
};
