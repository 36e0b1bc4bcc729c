import type { CardType, PermitType, PersonRequest } from '@/lib/api/types';

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
export const PERSON_ISSUE_FIELDS: readonly string[] = [...PERSON_TEXT_FIELDS, 'cpasBeneficiary', 'permits[0]', 'permits', 'contact'];

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
  'A', 'B', 'C', 'D', 'E', 'E_PLUS', 'F', 'F_PLUS', 'H', 'I', 'J', 'K', 'L', 'M', 'M_PLUS', 'N', 'OTHER',
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
