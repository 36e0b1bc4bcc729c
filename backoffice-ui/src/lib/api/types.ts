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

/** POST /api/v1/public/attestations/verifications: the code and the holder's birth date, both printed on it. */
export type DocumentVerificationRequest = Schemas['DocumentVerificationRequest'];
/** Its 200 answer: match (VALID or REVOKED, the day of issue, the CRI) or no match. No personal data. */
export type DocumentVerification = Schemas['DocumentVerification'];

/* Case files (CRI staff): docs/api-case-files.md. */
/** 200 answer of GET /api/v1/caseFiles/{id}: state, deadlines, axes, queues and next steps as of today. */
export type CaseFile = Schemas['CaseFile'];
export type CaseFileState = Schemas['CaseFileState'];
/** What the caller may do on a file now (`allowedActions`), one form per code (ADR 0032). */
export type CaseFileAction = Schemas['CaseFileAction'];
/** The primary action of a file now and the deadline it answers (`nextStep`). */
export type CaseFileNextStep = Schemas['CaseFileNextStep'];
export type CaseFileSummary = Schemas['CaseFileSummary'];
export type CaseFilePage = Schemas['CaseFilePage'];
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
/** Body of POST /api/v1/caseFiles/{id}/convention/amendments (avenant). */
export type AmendConventionRequest = Schemas['AmendConventionRequest'];
/** One version of a convention: its axes from `effectiveOn`, and why. */
export type ConventionVersion = Schemas['Version'];
export type EnrolmentStatus = Schemas['EnrolmentStatus'];
export type CompleteEnrolmentRequest = Schemas['CompleteEnrolmentRequest'];
export type WithdrawEnrolmentRequest = Schemas['WithdrawEnrolmentRequest'];
/** 200 answer item of GET /api/v1/caseFiles/{id}/evaluationInterviews. */
export type EvaluationInterview = Schemas['EvaluationInterview'];
/** 200 answer of GET /api/v1/caseFiles/{id}/attendance. */
export type CaseFileAttendance = Schemas['CaseFileAttendance'];
/** A session or a correction of the ledger. */
export type AttendanceEntry = Schemas['AttendanceEntry'];
export type AxisEquivalence = Schemas['AxisEquivalence'];
export type FrenchCertificateRequest = Schemas['FrenchCertificateRequest'];
export type WorkReleaseRequest = Schemas['WorkReleaseRequest'];
export type EquivalenceRecording = Schemas['EquivalenceRecording'];

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
export type ObligationCode = Schemas['ObligationCode'];
export type PersonDispenseFacts = Schemas['PersonDispenseFacts'];
export type PersonEmployment = Schemas['PersonEmployment'];
export type StudyStatus = Schemas['StudyStatus'];
/** Body of POST /api/v1/persons/{id}/dispenses (supervisors); answers the new Assessment. */
export type DispenseRequest = Schemas['DispenseRequest'];
/** Body of POST /api/v1/persons/{id}/dispenses/{dispenseId}/confirmation (supervisors): the evidence. */
export type DispenseConfirmationRequest = Schemas['DispenseConfirmationRequest'];
/** Body of POST /api/v1/persons/{id}/dispenses/{dispenseId}/rejection (supervisors): the reason. */
export type DispenseRejectionRequest = Schemas['DispenseRejectionRequest'];
/** Body of POST /api/v1/persons/query. */
export type PersonQuery = Schemas['PersonQuery'];
export type PersonSearchPage = Schemas['PageResponsePersonSummaryResponse'];
export type PersonSearchItem = Schemas['PersonSummary1'];

/* Attendance (operator trainers): docs/api-guide-operators.md. */
/** An enrolment with the trainer's operator: the person's name and birth date, the hours done and required. */
export type OperatorEnrolment = Schemas['OperatorEnrolment'];
export type OperatorEnrolmentPage = Schemas['PageResponseOperatorEnrolmentResponse'];
export type AxisProgress = Schemas['AxisProgress'];
/** Body of POST /api/v1/enrolments/{id}/attendance. */
export type RecordSessionRequest = Schemas['RecordSessionRequest'];
/** Body of POST /api/v1/enrolments/{id}/attendance/{entryId}/corrections. */
export type CorrectSessionRequest = Schemas['CorrectSessionRequest'];
/** 201 answer of a posting: the entry, the axis' totals, whether the parcours is now completed. */
export type AttendanceRecording = Schemas['AttendanceRecording'];
/** 200 answer of POST /api/v1/operators/{code}/attendanceImports. */
export type AttendanceImportReport = Schemas['AttendanceImportReport'];
export type AttendanceImportLineError = Schemas['AttendanceImportLineError'];
/* Administration (administrators only): docs/api-administration.md. */
/** 200 answer of GET /api/v1/users/{id}: a staff account, never its password hash. */
export type User = Schemas['User'];
export type UserPage = Schemas['PageResponseUserResponse'];
export type Role = Schemas['Role'];
export type CreateUserRequest = Schemas['CreateUserRequest'];
export type UpdateUserRequest = Schemas['UpdateUserRequest'];
export type PasswordResetRequest = Schemas['PasswordResetRequest'];
export type OperatorKind = Schemas['OperatorKind'];
export type CreateOperatorRequest = Schemas['CreateOperatorRequest'];
export type UpdateOperatorRequest = Schemas['UpdateOperatorRequest'];
export type Commune = Schemas['Commune'];
export type CommunePage = Schemas['PageResponseCommuneResponse'];
export type CriReassignment = Schemas['CriReassignment'];
export type ReassignCommuneRequest = Schemas['ReassignCommuneRequest'];
/* Attestations (CRI staff) and the copies due to communes and CPAS: docs/api-case-files.md, docs/api-guide-communes.md. */
/** 200 answer of GET /api/v1/caseFiles/{id}/attestation, with where each copy stands. */
export type Attestation = Schemas['Attestation'];
export type AttestationCopy = Schemas['TransmissionStatusLine'];
export type RevokeAttestationRequest = Schemas['RevokeAttestationRequest'];
export type RecipientKind = Schemas['RecipientKind'];
export type TransmissionStatus = Schemas['TransmissionStatus'];
/** A copy due to the caller's commune or CPAS, as GET /api/v1/transmissions lists it. */
export type Transmission = Schemas['Transmission'];
export type TransmissionFeed = Schemas['TransmissionFeed'];
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
/** One of GET /api/v1/countries: a country's code and name. */
export type Country = Schemas['Country'];
/** One of GET /api/v1/languages: a language's code and name. */
export type Language = Schemas['Language'];
