export { useVerifyAttestationDocument, verifyAttestationDocument } from './api/verify-attestation-document';
export { normalizeAttestationCode } from './attestation-code';
export { VerifyPage } from './components/verify-page';
