/** What an audited endpoint touches, named for the staff: the key of `auditTrail.resources`. */
export const RESOURCE_KINDS = [
  'auditTrail',
  'personSearch',
  'assessment',
  'person',
  'reception',
  'convention',
  'attendance',
  'enrolment',
  'attestation',
  'transmission',
  'interview',
  'timeline',
  'caseFile',
  'other',
] as const;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];

/** The first rule whose path matches wins: the more precise paths come first. */
const RULES: readonly [RegExp, ResourceKind][] = [
  [/^\/persons\/\{id\}\/auditTrail$/, 'auditTrail'],
  [/^\/persons\/query$/, 'personSearch'],
  [/^\/persons\/\{id\}\/(assessments|dispenses)$/, 'assessment'],
  [/^\/persons\/\{id\}\/caseFiles$/, 'caseFile'],
  [/^\/persons(\/\{id\})?$/, 'person'],
  [/^\/caseFiles\/\{id\}\/reception(\/|$)/, 'reception'],
  [/^\/caseFiles\/\{id\}\/convention(\/|$)/, 'convention'],
  [/\/attendance(Imports)?(\/|$)|\/(frenchCertificates|workReleases)$/, 'attendance'],
  [/^\/(caseFiles\/\{id\}\/)?enrolments(\/|$)/, 'enrolment'],
  [/^\/caseFiles\/\{id\}\/attestation(\/|$)/, 'attestation'],
  [/^\/transmissions(\/|$)/, 'transmission'],
  [/^\/caseFiles\/\{id\}\/evaluationInterviews$/, 'interview'],
  [/^\/caseFiles\/\{id\}\/events$/, 'timeline'],
  [/^\/caseFiles(\/|$)/, 'caseFile'],
];

/** "GET /caseFiles/{id}/convention" → "convention"; an endpoint no rule knows → "other". */
export function resourceKind(endpoint: string | undefined): ResourceKind {
  const path = (endpoint ?? '').replace(/^[A-Z]+ /, '');
  return RULES.find(([pattern]) => pattern.test(path))?.[1] ?? 'other';
}
