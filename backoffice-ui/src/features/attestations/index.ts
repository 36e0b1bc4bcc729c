export { ClerkAttestationsPage, type ClerkAttestationsPageProps } from './components/clerk-attestations-page';
export { AttestationsDue } from './components/attestations-due';
