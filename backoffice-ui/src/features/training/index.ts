export { EnrolmentsPage } from './components/enrolments-page';
export { EnrolmentPage } from './components/enrolment-page';
export { SessionPage } from './components/session-page';
export { ImportPage } from './components/import-page';
export { TrainerSummary } from './components/trainer-summary';
