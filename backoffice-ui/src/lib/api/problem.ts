/** A field-level message of a problem; `field` names the request property it is about. */
export interface ProblemIssue {
  field?: string;
  message: string;
}

/** RFC 9457 problem details, as the Parcours API sends them (`application/problem+json`). */
export interface ProblemDetail {
  /** A stable URN, e.g. `urn:parcours:problem:invalid-credentials`. */
  type: string;
  title: string;
  status: number;
  /** Explanation for this occurrence, in the language asked for with Accept-Language. */
  detail?: string;
  instance?: string;
  issues: ProblemIssue[];
  /** conflict and illegal-transition only: the stable code of the rule that refused the request. */
  code?: string;
  /** likely-duplicate only: the ids of the persons your CRI sees who look like this one. */
  candidates?: string[];
  /** duplicate-person only: the person already registered with this national number, when your CRI sees it. */
  existingPersonId?: string;
  /** Every other member of the problem document (RFC 9457 extensions), e.g. an import's `errors`. */
  extensions?: Record<string, unknown>;
}

export class ProblemError extends Error implements ProblemDetail {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail?: string;
  readonly instance?: string;
  readonly issues: ProblemIssue[];
  readonly code?: string;
  readonly candidates?: string[];
  readonly existingPersonId?: string;
  readonly extensions: Record<string, unknown>;

  constructor(problem: ProblemDetail) {
    super(problem.detail ?? problem.title);
    this.name = 'ProblemError';
    this.type = problem.type;
    this.title = problem.title;
    this.status = problem.status;
    this.detail = problem.detail;
    this.instance = problem.instance;
    this.issues = problem.issues;
    this.code = problem.code;
    this.candidates = problem.candidates;
    this.existingPersonId = problem.existingPersonId;
    this.extensions = problem.extensions ?? {};
  }
}

/** The server could not be reached at all (offline, DNS, connection refused). */
export class NetworkError extends Error {
  constructor(options?: { cause?: unknown }) {
    super('The Parcours API could not be reached', options);
    this.name = 'NetworkError';
  }
}

export function isProblemError(error: unknown, status?: number): error is ProblemError {
  return error instanceof ProblemError && (status === undefined || error.status === status);
}

/** The messages of the issues that are about `field`. */
export function issuesFor(issues: readonly ProblemIssue[] | undefined, field: string): string[] {
  return (issues ?? []).filter((issue) => issue.field === field).map((issue) => issue.message);
}

/** The issues that name none of `fields`, to show above a form rather than next to a field. */
export function issuesOutside(issues: readonly ProblemIssue[] | undefined, fields: readonly string[]): ProblemIssue[] {
  return (issues ?? []).filter((issue) => issue.field === undefined || !fields.includes(issue.field));
}

function asString(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

function parseIssues(value: unknown): ProblemIssue[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item): ProblemIssue[] => {
    if (item === null || typeof item !== 'object') return [];
    const record = item as Record<string, unknown>;
    const message = asString(record.message);
    if (!message) return [];
    const field = asString(record.field);
    return [field ? { field, message } : { message }];
  });
}

const STANDARD_MEMBERS = new Set([
  'type',
  'title',
  'status',
  'detail',
  'instance',
  'issues',
  'code',
  'candidates',
  'existingPersonId',
]);

/** Reads an error response; a body that is not a problem document still yields a ProblemError. */
export async function problemFromResponse(response: Response): Promise<ProblemError> {
  let body: Record<string, unknown> = {};
  const contentType = response.headers.get('Content-Type') ?? '';
  if (/json/i.test(contentType)) {
    try {
      const parsed: unknown = await response.json();
      if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)) {
        body = parsed as Record<string, unknown>;
      }
    } catch {
      // An unreadable body leaves only the status to go on.
    }
  }
  const status = typeof body.status === 'number' ? body.status : response.status;
  return new ProblemError({
    type: asString(body.type) ?? 'about:blank',
    title: asString(body.title) ?? (response.statusText || `HTTP ${response.status}`),
    status,
    detail: asString(body.detail),
    instance: asString(body.instance),
    issues: parseIssues(body.issues),
    code: asString(body.code),
    candidates: Array.isArray(body.candidates)
      ? body.candidates.filter((id): id is string => typeof id === 'string')
      : undefined,
    existingPersonId: asString(body.existingPersonId),
    extensions: Object.fromEntries(Object.entries(body).filter(([name]) => !STANDARD_MEMBERS.has(name))),
  });
}
