export { AuditTrailPage, type AuditTrailPageProps } from './components/audit-trail-page';
