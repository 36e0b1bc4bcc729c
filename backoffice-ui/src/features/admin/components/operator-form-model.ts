import type { Axis, CreateOperatorRequest, Operator, OperatorKind, UpdateOperatorRequest } from '@/lib/api/types';

export const OPERATOR_KINDS = [
  'ILI',
  'FOREM',
  'CISP',
  'SCHOOL',
  'PUBLIC_AUTHORITY',
  'EDUCATION_PERMANENTE',
  'CRI',
] as const satisfies readonly OperatorKind[];

/** The axes an operator can be recognised for: never the reception module, which the CRI runs itself. */
export const RECOGNISABLE_AXES = ['CITIZENSHIP', 'FRENCH', 'SOCIO_PROFESSIONAL'] as const satisfies readonly Axis[];

export interface OperatorFormValues {
  code: string;
  name: string;
  kind: OperatorKind | '';
  street: string;
  postalCode: string;
  locality: string;
  recognisedAxes: Axis[];
  active: boolean;
}

export const emptyOperatorForm: OperatorFormValues = {
  code: '',
  name: '',
  kind: '',
  street: '',
  postalCode: '',
  locality: '',
  recognisedAxes: [],
  active: true,
};

export function fromOperator(operator: Operator): OperatorFormValues {
  return {
    code: operator.code ?? '',
    name: operator.name ?? '',
    kind: operator.kind ?? '',
    street: operator.address?.street ?? '',
    postalCode: operator.address?.postalCode ?? '',
    locality: operator.address?.locality ?? '',
    recognisedAxes: [...(operator.recognisedAxes ?? [])],
    active: operator.active ?? true,
  };
}

function common(values: OperatorFormValues) {
  return {
    name: values.name.trim(),
    kind: values.kind === '' ? undefined : values.kind,
    address: { street: values.street.trim(), postalCode: values.postalCode.trim(), locality: values.locality.trim() },
    recognisedAxes: RECOGNISABLE_AXES.filter((axis) => values.recognisedAxes.includes(axis)),
  };
}

/** What the API accepts as a new operator's code (its `NEW_OPERATOR_CODE`): 2 to 40 capitals, digits or hyphens. */
export const OPERATOR_CODE = /^[A-Z0-9][A-Z0-9-]{1,39}$/;

/** Whether the code typed is a code once upper-cased ("cisp-huy" is; "Lire et Écrire" is not: it is a name). */
export function isOperatorCode(typed: string): boolean {
  return OPERATOR_CODE.test(typed.trim().toUpperCase());
}

export function toCreateOperatorRequest(values: OperatorFormValues): CreateOperatorRequest {
  return { code: values.code.trim().toUpperCase(), ...common(values) };
}

export function toUpdateOperatorRequest(values: OperatorFormValues): UpdateOperatorRequest {
  return { ...common(values), active: values.active };
}

export const OPERATOR_ISSUE_FIELDS = [
  'code',
  'name',
  'kind',
  'address',
  'address.street',
  'address.postalCode',
  'address.locality',
  'recognisedAxes',
  'active',
];
