/** Query keys of the case files: everything under ['caseFiles', id] is refreshed after a change. */
export const caseFileKeys = {
  all: ['caseFiles'] as const,
  queue: (queue: string, page: number, pageSize: number) => ['caseFiles', 'queue', queue, page, pageSize] as const,
  list: (filter: string, page: number, pageSize: number) => ['caseFiles', 'list', filter, page, pageSize] as const,
  search: (text: string) => ['caseFiles', 'search', text] as const,
  detail: (id: string) => ['caseFiles', id] as const,
  part: (id: string, part: string) => ['caseFiles', id, part] as const,
  ofPerson: (personId: string) => ['persons', personId, 'caseFiles'] as const,
};
