import type { ProblemIssue } from '@/lib/api';
import type { Answer, SelfCheck, SelfCheckRequest } from '@/lib/api/types';

/** The twelve yes / no / don't-know questions, named as in the request. */
export const QUESTIONS = [
  'mustParticipate',
  'permitReceived',
  'visitedCri',
  'socialReviewDone',
  'rightsAndDutiesAttended',
  'frenchTestDone',
  'conventionSigned',
  'citizenship60h',
  'french400h',
  'a2Certificate',
  'isp4hOrRelease',
  'finalAttestationReceived',
] as const satisfies readonly (keyof SelfCheckRequest)[];

export type Question = (typeof QUESTIONS)[number];
export type TextField = 'permitOrderDate' | 'postalCode';
export type Field = Question | TextField;

export const ANSWERS = ['YES', 'NO', 'DONT_KNOW'] as const satisfies readonly Answer[];

export interface WizardState {
  answers: Partial<Record<Question, Answer>>;
  /** YYYY-MM-DD from the date input, or '' (also when the browser could not read the input). */
  permitOrderDate: string;
  /** The date input holds something the browser cannot read as a date. */
  permitOrderDateUnreadable?: boolean;
  postalCode: string;
}

export const EMPTY_STATE: WizardState = { answers: {}, permitOrderDate: '', postalCode: '' };

export type GroupId = 'situation' | 'reception' | 'welcome' | 'training' | 'place';

interface Group {
  id: GroupId;
  fields: readonly Field[];
}

/** The pages of the wizard, in order; a page is skipped when its answers cannot apply. */
const GROUPS: readonly Group[] = [
  { id: 'situation', fields: ['mustParticipate', 'permitReceived'] },
  { id: 'reception', fields: ['visitedCri'] },
  { id: 'welcome', fields: ['socialReviewDone', 'rightsAndDutiesAttended', 'frenchTestDone', 'conventionSigned'] },
  {
    id: 'training',
    fields: ['citizenship60h', 'french400h', 'a2Certificate', 'isp4hOrRelease', 'finalAttestationReceived'],
  },
  { id: 'place', fields: ['permitOrderDate', 'postalCode'] },
];

const notObliged = (state: WizardState) => state.answers.mustParticipate === 'NO';

/**
 * Whether a field is asked, given the answers so far:
 * - someone whose commune did not say the programme is compulsory only gives a postal code (to
 *   find a CRI for a voluntary programme);
 * - someone who never went to the CRI has not done what happens there; someone without a
 *   convention has not started the training it lists;
 * - 400 hours of French make the A2 certificate question moot;
 * - without a permit, or when not obliged, there is no deadline to compute from an order date.
 */
export function isAsked(field: Field, state: WizardState): boolean {
  const { answers } = state;
  switch (field) {
    case 'mustParticipate':
    case 'permitReceived':
    case 'postalCode':
      return true;
    case 'visitedCri':
      return !notObliged(state);
    case 'socialReviewDone':
    case 'rightsAndDutiesAttended':
    case 'frenchTestDone':
    case 'conventionSigned':
      return isAsked('visitedCri', state) && answers.visitedCri !== 'NO';
    case 'a2Certificate':
      return isAsked('french400h', state) && answers.french400h !== 'YES';
    case 'permitOrderDate':
      return !notObliged(state) && answers.permitReceived !== 'NO';
    default:
      // The training questions.
      return isAsked('conventionSigned', state) && answers.conventionSigned !== 'NO';
  }
}

/** The pages shown for these answers, each with the fields it asks. */
export function visibleGroups(state: WizardState): { id: GroupId; fields: Field[] }[] {
  return GROUPS.map((group) => ({
    id: group.id,
    fields: group.fields.filter((field) => isAsked(field, state)),
  })).filter((group) => group.fields.length > 0);
}

export type IssueCode = 'answerRequired' | 'dateInvalid' | 'dateFuture' | 'postalCodeInvalid';

/** The problems of one page, as codes for the locale files (field → code). */
export function validate(
  fields: readonly Field[],
  state: WizardState,
  today: string,
): { field: Field; code: IssueCode }[] {
  const issues: { field: Field; code: IssueCode }[] = [];
  for (const field of fields) {
    if (field === 'permitOrderDate') {
      const value = state.permitOrderDate;
      if (state.permitOrderDateUnreadable || (value !== '' && !isPlausibleDate(value))) {
        issues.push({ field, code: 'dateInvalid' });
      } else if (value !== '' && value > today) {
        issues.push({ field, code: 'dateFuture' });
      }
    } else if (field === 'postalCode') {
      const value = state.postalCode.trim();
      if (value !== '' && !/^\d{4}$/.test(value)) issues.push({ field, code: 'postalCodeInvalid' });
    } else if (!state.answers[field]) {
      issues.push({ field, code: 'answerRequired' });
    }
  }
  return issues;
}

/** A real calendar day from 1900 to 2999, as the API accepts. */
function isPlausibleDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  if (year < 1900 || year > 2999) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/**
 * The request for these answers. A question that was not asked is left out: the API reads it as
 * "don't know", and only "yes" validates a step, so the steps come out as for an explicit "no".
 */
export function toRequest(state: WizardState): SelfCheckRequest {
  const request: SelfCheckRequest = {};
  for (const question of QUESTIONS) {
    const answer = state.answers[question];
    if (answer && isAsked(question, state)) request[question] = answer;
  }
  if (isAsked('permitOrderDate', state) && state.permitOrderDate) request.permitOrderDate = state.permitOrderDate;
  const postalCode = state.postalCode.trim();
  if (postalCode) request.postalCode = postalCode;
  return request;
}

export type Outcome = 'obliged' | 'dispensed' | 'unknown' | 'notConcerned';

/**
 * What the result says first. The German-language region runs its own programme; otherwise the
 * commune's notice (annexe I) is what makes the programme compulsory.
 */
export function outcomeOf(result: SelfCheck, state: WizardState): Outcome {
  if (result.outOfScope) return 'notConcerned';
  switch (state.answers.mustParticipate) {
    case 'YES':
      return 'obliged';
    case 'NO':
      return 'dispensed';
    default:
      return 'unknown';
  }
}

/** The server's issues that name a field of the wizard, and the others. */
export function splitIssues(issues: readonly ProblemIssue[] | undefined): {
  onFields: ProblemIssue[];
  others: ProblemIssue[];
} {
  const known = new Set<string>([...QUESTIONS, 'permitOrderDate', 'postalCode']);
  const all = issues ?? [];
  return {
    onFields: all.filter((issue) => issue.field !== undefined && known.has(issue.field)),
    others: all.filter((issue) => issue.field === undefined || !known.has(issue.field)),
  };
}
