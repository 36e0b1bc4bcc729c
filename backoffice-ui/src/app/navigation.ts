import type { MessageKey } from '@/lib/i18n';
import type { Role } from '@/lib/roles';

/** A link of the main navigation: where it leads and its label's key in the catalogues. */
export interface NavigationItem {
  to: string;
  label: MessageKey;
  /** Only an exact match marks the link as current (the home page). */
  end?: boolean;
}

const HOME: NavigationItem = { to: '/', label: 'nav.home', end: true };

const CRI_STAFF: NavigationItem[] = [
  HOME,
  { to: '/case-files', label: 'nav.caseFiles' },
  { to: '/persons', label: 'nav.persons', end: true },
  { to: '/persons/new', label: 'nav.newPerson' },
];

const TRAINER: NavigationItem[] = [
  HOME,
  { to: '/training', label: 'nav.trainingEnrolments', end: true },
  { to: '/training/session', label: 'nav.trainingSession' },
  { to: '/training/import', label: 'nav.trainingImport' },
];

const CLERK: NavigationItem[] = [HOME, { to: '/attestations', label: 'nav.attestations' }];

const ADMINISTRATOR: NavigationItem[] = [
  HOME,
  { to: '/admin/users', label: 'nav.adminUsers' },
  { to: '/admin/operators', label: 'nav.adminOperators' },
  { to: '/admin/communes', label: 'nav.adminCommunes' },
];

/** The main navigation of each role: its daily work, one click away from every page. */
export const NAVIGATION: Record<Role, NavigationItem[]> = {
  CRI_AGENT: CRI_STAFF,
  CRI_SUPERVISOR: CRI_STAFF,
  OPERATOR_TRAINER: TRAINER,
  COMMUNE_CLIENT: CLERK,
  CPAS_CLIENT: CLERK,
  REGION_ANALYST: [HOME],
  ADMINISTRATOR,
};
