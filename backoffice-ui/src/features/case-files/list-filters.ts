import type { CaseFileState } from '@/lib/api/types';
import { isCaseFileState } from '@/lib/case-file-states';

/** The axes a list can filter on (their days are stored with the file, ADR 0017): an axis still to do. */
export const FILTER_AXES = ['RECEPTION', 'CITIZENSHIP', 'FRENCH'] as const;
export type FilterAxis = (typeof FILTER_AXES)[number];
/** The orders of GET /api/v1/caseFiles?sort=…: earliest deadline first, latest opened, oldest opened. */
export const SORTS = ['recent', 'deadline', 'oldest'] as const;
export type CaseFileSort = (typeof SORTS)[number];
export const LATENESS = ['true', 'false'] as const;
export type Lateness = (typeof LATENESS)[number];

/** What the files list shows: each filter is a parameter of the page's URL, so that a list can be bookmarked. */
export interface CaseFileFilters {
  state?: CaseFileState;
  commune?: string;
  axis?: FilterAxis;
  late?: Lateness;
  sort?: CaseFileSort;
}

const NIS_CODE = /^[0-9]{5}$/;

function oneOf<T extends string>(values: readonly T[], value: string | null): T | undefined {
  return value !== null && (values as readonly string[]).includes(value) ? (value as T) : undefined;
}

/** The filters of a URL's query; an unknown value is no filter (an old bookmark still opens). */
export function filtersFromParams(params: URLSearchParams): CaseFileFilters {
  const state = params.get('state');
  const commune = params.get('commune');
  return {
    state: isCaseFileState(state) ? state : undefined,
    commune: commune !== null && NIS_CODE.test(commune) ? commune : undefined,
    axis: oneOf(FILTER_AXES, params.get('axis')),
    late: oneOf(LATENESS, params.get('late')),
    sort: oneOf(SORTS, params.get('sort')),
  };
}

/** The filters as query parameters, those given only, in a stable order (the URL, the API's query, the cache key). */
export function filtersToParams(filters: CaseFileFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const name of ['state', 'commune', 'axis', 'late', 'sort'] as const) {
    const value = filters[name];
    if (value) params.set(name, value);
  }
  return params;
}

/** Whether any filter narrows the list (the sort does not). */
export function isFiltered(filters: CaseFileFilters): boolean {
  return Boolean(filters.state ?? filters.commune ?? filters.axis ?? filters.late);
}
