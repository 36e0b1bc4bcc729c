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

/* Case files (CRI staff): docs/api-case-files.md. */
/** 200 answer of GET /api/v1/caseFiles/{id}: state, deadlines, axes, queues and next steps as of today. */
export type CaseFile = Schemas['CaseFile'];
export type CaseFileState = Schemas['CaseFileState'];
export type CaseFileSummary = Schemas['CaseFileSummary'];
export type CaseFilePage = Schemas['PageResponseCaseFileSummaryResponse'];
export type CaseFileEvent = Schemas['CaseFileEvent'];
export type CaseFileEventType = Schemas['CaseFileEventType'];
export type OpenCaseFileRequest = Schemas['OpenCaseFileRequest'];
export type Due = Schemas['Due'];
export type DeadlineKind = Schemas['DeadlineKind'];
export type DeadlineState = Schemas['DeadlineState'];
export type AxisStatus = Schemas['AxisStatus'];
export type Axis = Schemas['Axis'];
export type ReceptionModule = Schemas['ReceptionModule'];
export type SocialReviewRequest = Schemas['SocialReviewRequest'];
export type NeedLevel = Schemas['NeedLevel'];
export type RightsAndDutiesSessionRequest = Schemas['RightsAndDutiesSessionRequest'];
export type SessionFormat = Schemas['SessionFormat'];
export type FrenchTestRequest = Schemas['FrenchTestRequest'];
export type FrenchTestWaiver = Schemas['FrenchTestWaiver'];
export type CefrLevel = Schemas['CefrLevel'];
export type Convention = Schemas['Convention'];
export type ProposeConventionRequest = Schemas['ProposeConventionRequest'];
export type SignConventionRequest = Schemas['SignConventionRequest'];
export type Enrolment = Schemas['Enrolment'];
export type EnrolRequest = Schemas['EnrolRequest'];
export type Operator = Schemas['Operator'];
export type EvaluationInterviewRequest = Schemas['EvaluationInterviewRequest'];
export type SuspendCaseFileRequest = Schemas['SuspendCaseFileRequest'];
export type ResumeCaseFileRequest = Schemas['ResumeCaseFileRequest'];
export type CloseCaseFileRequest = Schemas['CloseCaseFileRequest'];
export type ClosureReason = Schemas['ClosureReason'];
export type ExtendDeadlineRequest = Schemas['ExtendDeadlineRequest'];
export type TransferCaseFileRequest = Schemas['TransferCaseFileRequest'];

/* Persons (CRI staff): docs/api-persons.md. */
/** Body of POST /api/v1/persons (intake). */
export type PersonRequest = Schemas['PersonRequest'];
/** 200 answer of GET /api/v1/persons/{id}, with the latest assessment. */
export type Person = Schemas['Person'];
export type PersonPermit = Schemas['PersonPermit'];
export type PermitType = Schemas['PermitType'];
export type CardType = Schemas['CardType'];
export type Assessment = Schemas['Assessment'];
export type ObligationStatus = Schemas['ObligationStatus'];
export type ObligationCheckTrace = Schemas['ObligationCheckTrace'];
/** Body of POST /api/v1/persons/query. */
export type PersonQuery = Schemas['PersonQuery'];
export type PersonSearchPage = Schemas['PageResponsePersonSummaryResponse'];
export type PersonSearchItem = Schemas['PersonSummary1'];

/* Statistics (CRI staff, region analysts): docs/api-statistics.md. */
/** 200 answer of GET /api/v1/statistics/caseFiles: files by state today, and opened by month. */
export type CaseFileStatistics = Schemas['CaseFileStatistics'];
export type CaseFileStateCount = Schemas['CaseFileStateCount'];
export type CaseFileMonthCount = Schemas['CaseFileMonthCount'];

/* Audit trail (CRI staff of the person's CRI, administrators). */
/** One entry of GET /api/v1/persons/{id}/auditTrail. */
export type AuditEvent = Schemas['AuditEvent'];
export type AuditAction = Schemas['AuditAction'];
export type AuditTrailPage = Schemas['PageResponseAuditEventResponse'];
