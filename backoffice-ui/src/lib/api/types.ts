/*
 * Names for the API's types, all generated from docs/openapi/openapi.yaml into schema.d.ts
 * (`npm run generate:api`; src/lib/api/schema.test.ts fails when schema.d.ts is stale).
 * Never hand-write an API type here: alias the generated one.
 */
import type { components } from './schema';

export type Schemas = components['schemas'];

/** 200 answer of GET /api/v1/me. */
export type CurrentUser = Schemas['Me'];
/** Body of POST /api/v1/auth/token. */
export type TokenRequest = Schemas['TokenRequest'];
/** 200 answer of POST /api/v1/auth/token. */
export type TokenResponse = Schemas['TokenResponse'];

/** Body of POST /api/v1/public/selfChecks. */
export type SelfCheckRequest = Schemas['SelfCheckRequest'];
/** 200 answer of POST /api/v1/public/selfChecks. */
export type SelfCheck = Schemas['SelfCheck'];
export type SelfCheckStep = Schemas['SelfCheckStep'];
export type Answer = Schemas['Answer'];
export type DeadlineRegime = Schemas['DeadlineRegime'];
/** A CRI with its public contact details. */
export type Cri = Schemas['Cri'];

/** 200 answer of GET /api/v1/public/attestations/{code} (no login; 404 for an unknown code). No personal data. */
export type AttestationVerification = Schemas['AttestationVerification'];
