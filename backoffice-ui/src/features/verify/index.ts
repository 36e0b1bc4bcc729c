export { getAttestationVerification, useAttestationVerification } from './api/get-attestation-verification';
export { normalizeAttestationCode } from './attestation-code';
export { VerifyPage } from './components/verify-page';
