import type {
  CardType,
  PermitType,
  Person,
  PersonDispenseFacts,
  PersonEmployment,
  PersonRequest,
  StudyStatus,
} from '@/lib/api/types';

/** The intake form's values, each keyed by the request path a problem issue names (`permits[0].orderDate`). */
export type PersonFormValues = Record<PersonFormField, string> & { cpasBeneficiary: boolean };

export const PERSON_TEXT_FIELDS = [
  'lastName',
  'firstNames',
  'birthDate',
  'nationality',
  'nationalNumber',
  'communeNis',
  'contact.street',
  'contact.postalCode',
  'contact.locality',
  'contact.phone',
  'contact.email',
  'preferredLanguage',
  'interpreterLanguage',
  'permits[0].cardType',
  'permits[0].permitType',
  'permits[0].orderDate',
  'permits[0].issueDate',
  'permits[0].validityMonths',
  'permits[0].legalStayStart',
] as const;
export type PersonFormField = (typeof PERSON_TEXT_FIELDS)[number];

/** Every field a problem issue can be shown next to (the permit as a whole included). */
export const PERSON_ISSUE_FIELDS: readonly string[] = [
  ...PERSON_TEXT_FIELDS,
  'cpasBeneficiary',
  'permits[0]',
  'permits',
  'contact',
];

export const PERMIT_TYPES: readonly PermitType[] = [
  'FAMILY_REUNIFICATION',
  'WORK',
  'STUDENT',
  'RESEARCHER',
  'REFUGEE',
  'SUBSIDIARY_PROTECTION',
  'REGULARISATION',
  'EU_REGISTRATION',
  'EU_FAMILY',
  'TEMPORARY_PROTECTION',
  'PROTECTION_APPLICANT',
  'SHORT_STAY',
  'OTHER',
];

export const CARD_TYPES: readonly CardType[] = [
  'A',
  'B',
  'C',
  'D',
  'E',
  'E_PLUS',
  'F',
  'F_PLUS',
  'H',
  'I',
  'J',
  'K',
  'L',
  'M',
  'M_PLUS',
  'N',
  'OTHER',
];

export function emptyPersonForm(): PersonFormValues {
  const values = Object.fromEntries(PERSON_TEXT_FIELDS.map((field) => [field, ''])) as Record<PersonFormField, string>;
  return { ...values, cpasBeneficiary: false };
}

function optional(value: string): string | undefined {
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/**
 * The intake body: empty fields are left out (the server then names what is missing in `issues`);
 * the permit is sent when any of its fields is filled.
 */
export function toPersonRequest(values: PersonFormValues, confirmedNotDuplicate = false): PersonRequest {
  const contact = {
    street: optional(values['contact.street']),
    postalCode: optional(values['contact.postalCode']),
    locality: optional(values['contact.locality']),
    phone: optional(values['contact.phone']),
    email: optional(values['contact.email']),
  };
  const hasContact = Object.values(contact).some((value) => value !== undefined);
  const permitFields = PERSON_TEXT_FIELDS.filter((field) => field.startsWith('permits[0].'));
  const hasPermit = permitFields.some((field) => optional(values[field]) !== undefined);
  const validity = optional(values['permits[0].validityMonths']);
  return {
    lastName: values.lastName.trim(),
    firstNames: optional(values.firstNames),
    birthDate: values.birthDate,
    nationality: values.nationality.trim().toUpperCase(),
    nationalNumber: optional(values.nationalNumber),
    communeNis: values.communeNis.trim(),
    contact: hasContact ? contact : undefined,
    preferredLanguage: optional(values.preferredLanguage),
    interpreterLanguage: optional(values.interpreterLanguage),
    cpasBeneficiary: values.cpasBeneficiary,
    permits: hasPermit
      ? [
          {
            cardType: optional(values['permits[0].cardType']) as CardType | undefined,
            permitType: values['permits[0].permitType'] as PermitType,
            orderDate: values['permits[0].orderDate'],
            issueDate: optional(values['permits[0].issueDate']),
            validityMonths: validity === undefined ? undefined : Number(validity),
            legalStayStart: optional(values['permits[0].legalStayStart']),
          },
        ]
      : [],
    confirmedNotDuplicate: confirmedNotDuplicate || undefined,
  };
}

/** The person as the form shows it: the first permit in the permit fields, an absent value as an empty field. */
export function personFormValues(person: Person): PersonFormValues {
  const permit = person.permits?.[0];
  const text = (value: string | number | null | undefined) =>
    value === null || value === undefined ? '' : String(value);
  return {
    ...emptyPersonForm(),
    lastName: text(person.lastName),
    firstNames: text(person.firstNames),
    birthDate: text(person.birthDate),
    nationality: text(person.nationality),
    nationalNumber: text(person.nationalNumber),
    communeNis: text(person.communeNis),
    'contact.street': text(person.contact?.street),
    'contact.postalCode': text(person.contact?.postalCode),
    'contact.locality': text(person.contact?.locality),
    'contact.phone': text(person.contact?.phone),
    'contact.email': text(person.contact?.email),
    preferredLanguage: text(person.preferredLanguage),
    interpreterLanguage: text(person.interpreterLanguage),
    'permits[0].cardType': text(permit?.cardType),
    'permits[0].permitType': text(permit?.permitType),
    'permits[0].orderDate': text(permit?.orderDate),
    'permits[0].issueDate': text(permit?.issueDate),
    'permits[0].validityMonths': text(permit?.validityMonths),
    'permits[0].legalStayStart': text(permit?.legalStayStart),
    cpasBeneficiary: person.cpasBeneficiary ?? false,
  };
}

export const STUDY_STATUSES: readonly StudyStatus[] = [
  'NONE',
  'REGULAR_STUDENT',
  'EXCHANGE_STUDENT',
  'DOCTORAL_GRANT',
  'HIGHER_EDUCATION_TEACHER',
];

/** The facts that can dispense (D1, D2, D5, D7) with their defaults. */
export function dispenseFactsOf(person: Person): Required<PersonDispenseFacts> {
  const facts = person.dispenseFacts;
  return {
    studyStatus: facts?.studyStatus ?? 'NONE',
    belgianDiploma: facts?.belgianDiploma ?? false,
    medicalCertificate: facts?.medicalCertificate ?? false,
    priorAttestation: facts?.priorAttestation ?? false,
  };
}

/** A period of work as the form holds it: days, and the fraction of a full time as typed ("0.5"). */
export interface EmploymentRow {
  start: string;
  end: string;
  fraction: string;
}

export function emptyEmploymentRow(): EmploymentRow {
  return { start: '', end: '', fraction: '' };
}

export function employmentRows(person: Person): EmploymentRow[] {
  return (person.employment ?? []).map((period) => ({
    start: period.start ?? '',
    end: period.end ?? '',
    fraction: period.fraction === undefined || period.fraction === null ? '' : String(period.fraction),
  }));
}

/** The periods to send: an empty row is left out; a decimal comma is read as a point; what is missing the server names. */
export function toEmployment(rows: readonly EmploymentRow[]): PersonEmployment[] {
  return rows
    .filter((row) => row.start.trim() !== '' || row.end.trim() !== '' || row.fraction.trim() !== '')
    .map((row) => {
      const fraction = row.fraction.trim().replace(',', '.');
      return {
        start: optional(row.start) as string,
        end: optional(row.end),
        fraction: (fraction === '' ? undefined : Number(fraction)) as number,
      };
    });
}

/** What the edit form adds to the intake's fields. */
export interface PersonEditExtras {
  facts: PersonDispenseFacts;
  employment: readonly EmploymentRow[];
}

/**
 * The body of PUT /persons/{id}, which replaces the whole record: the form's fields, dispense facts and periods of
 * work, and what the form does not show kept as it was (the later permits, the first permit's family link).
 */
export function toPersonUpdate(values: PersonFormValues, extras: PersonEditExtras, person: Person): PersonRequest {
  const request = toPersonRequest(values);
  const first = request.permits?.[0];
  const kept = person.permits ?? [];
  const permits = first ? [{ ...first, familyLink: kept[0]?.familyLink }, ...kept.slice(1)] : kept.slice(1);
  return {
    ...request,
    permits,
    employment: toEmployment(extras.employment),
    dispenseFacts: extras.facts,
    confirmedNotDuplicate: undefined,
  };
}
