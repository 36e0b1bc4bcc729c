/** The query keys of the administrator's pages. */
export const adminKeys = {
  users: ['admin', 'users'] as const,
  userSearch: (filters: object, page: number) => ['admin', 'users', 'search', filters, page] as const,
  user: (id: string) => ['admin', 'users', id] as const,
  operators: ['admin', 'operators'] as const,
  operator: (code: string) => ['admin', 'operators', code] as const,
  cris: ['admin', 'cris'] as const,
  communes: (cri: string) => ['admin', 'communes', cri] as const,
  commune: (nis: string) => ['admin', 'commune', nis] as const,
  reassignments: (nis: string) => ['admin', 'commune', nis, 'reassignments'] as const,
};
