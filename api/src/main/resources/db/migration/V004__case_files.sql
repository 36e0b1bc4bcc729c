-- The case workflow: persons and their permits, obligation assessments, case files and their timelines, the reception
-- module, conventions and their versions, operators, enrolments and evaluation interviews. The tables mirror the JPA
-- mappings of the domain (Hibernate validates them at start-up); enums are stored by name and checked here; every id is
-- a UUID assigned by the domain, except operator.code. Long texts (explanations, inputs, notes, reasons) are text.

-- A newcomer, registered once for the whole Region (docs/rules.md, Persons).
create table person (
    id                     uuid         primary key,
    last_name              varchar(200) not null,
    first_names            varchar(200) not null,
    normalised_last_name   varchar(200) not null,
    normalised_first_names varchar(200) not null,
    birth_date             date         not null,
    nationality            varchar(2)   not null,
    national_number        varchar(11),
    commune_nis            varchar(5)   not null references commune (nis_code),
    street                 varchar(200),
    postal_code            varchar(4),
    locality               varchar(100),
    phone                  varchar(40),
    email                  varchar(254),
    preferred_language     varchar(3),
    interpreter_language   varchar(3),
    cpas_beneficiary       boolean      not null default false,
    study_status           varchar(30)  not null default 'NONE',
    belgian_diploma        boolean      not null default false,
    medical_certificate    boolean      not null default false,
    prior_attestation      boolean      not null default false,
    registered_by_cri      varchar(10)  not null references cri (code),
    registered_at          timestamptz  not null,
    version                bigint       not null default 0,
    constraint person_nationality_format check (nationality ~ '^[A-Z]{2}$'),
    constraint person_national_number_format check (national_number ~ '^[0-9]{11}$'),
    constraint person_postal_code_format check (postal_code ~ '^[0-9]{4}$'),
    constraint person_address_complete check ((street is null) = (postal_code is null)
                                              and (street is null) = (locality is null)),
    constraint person_language_format check (preferred_language ~ '^[a-z]{2,3}$'
                                             and interpreter_language ~ '^[a-z]{2,3}$'),
    constraint person_study_status check (study_status in ('NONE', 'REGULAR_STUDENT', 'EXCHANGE_STUDENT',
                                                           'DOCTORAL_GRANT', 'HIGHER_EDUCATION_TEACHER'))
);
-- A national number is registered once in the whole Region; it is optional at intake.
create unique index person_national_number_uq on person (national_number) where national_number is not null;
-- Duplicate detection (normalised names, in place or swapped, and a birth date range) and search by name.
create index person_normalised_name_idx on person (normalised_last_name, normalised_first_names, birth_date);
create index person_normalised_first_names_idx on person (normalised_first_names, normalised_last_name);
-- The persons a CRI registered, by name (the search's order).
create index person_registered_by_cri_idx on person (registered_by_cri, normalised_last_name, normalised_first_names);

-- The person's residence permits (an element collection of Person, without identity of its own).
create table residence_permit (
    person_id        uuid        not null references person (id),
    card_type        varchar(10),
    permit_type      varchar(30) not null,
    order_date       date        not null,
    issue_date       date,
    validity_months  integer     not null,
    legal_stay_start date,
    family_link      varchar(40) not null default 'NONE',
    constraint residence_permit_card_type check (card_type in ('A', 'B', 'C', 'D', 'E', 'E_PLUS', 'F', 'F_PLUS',
                                                               'H', 'I', 'J', 'K', 'L', 'M', 'M_PLUS', 'N',
                                                               'OTHER')),
    constraint residence_permit_permit_type check (permit_type in ('FAMILY_REUNIFICATION', 'WORK', 'STUDENT',
                                                                   'RESEARCHER', 'REFUGEE', 'SUBSIDIARY_PROTECTION',
                                                                   'REGULARISATION', 'EU_REGISTRATION', 'EU_FAMILY',
                                                                   'TEMPORARY_PROTECTION', 'PROTECTION_APPLICANT',
                                                                   'SHORT_STAY', 'OTHER')),
    constraint residence_permit_family_link check (family_link in ('NONE', 'UE_PLUS_CITIZEN', 'BELGIAN',
                                                                   'TEMPORARY_PROTECTION_BENEFICIARY',
                                                                   'THIRD_COUNTRY_NATIONAL')),
    constraint residence_permit_validity check (validity_months > 0),
    constraint residence_permit_issue_after_order check (issue_date >= order_date),
    constraint residence_permit_stay_before_order check (legal_stay_start <= order_date)
);
create index residence_permit_person_idx on residence_permit (person_id, order_date);

-- The person's periods of work, for dispense D4 (an element collection of Person).
create table employment_period (
    person_id  uuid         not null references person (id),
    start_date date         not null,
    end_date   date,
    fraction   numeric(5, 4) not null,
    constraint employment_period_fraction check (fraction > 0 and fraction <= 1),
    constraint employment_period_end_after_start check (end_date >= start_date)
);
create index employment_period_person_idx on employment_period (person_id, start_date);

-- A stored verdict on the obligation: appended, never changed; the latest is the person's current status.
create table obligation_assessment (
    id                     uuid         primary key,
    person_id              uuid         not null references person (id),
    kind                   varchar(20)  not null,
    status                 varchar(20)  not null,
    code                   varchar(30),
    deadline               date,
    deadline_regime        varchar(30),
    cri_code               varchar(10)  references cri (code),
    rule_set_version       varchar(20)  not null,
    as_of                  date         not null,
    explanation            text         not null,
    inputs                 text,
    evidence_document_type varchar(200),
    evidence_document_date date,
    evidence_issuer        varchar(200),
    evidence_decision_date date,
    assessed_by            varchar(100) not null,
    assessed_at            timestamptz  not null,
    constraint obligation_assessment_kind check (kind in ('RULES_ENGINE', 'RECORDED_DISPENSE')),
    constraint obligation_assessment_status check (status in ('OBLIGED', 'DISPENSED', 'NOT_IN_TARGET',
                                                              'OUT_OF_SCOPE')),
    constraint obligation_assessment_code check (code in ('GERMAN_SPEAKING_COMMUNE', 'BELGIAN', 'UE_PLUS_CITIZEN',
                                                          'UE_PLUS_FAMILY_MEMBER', 'PROTECTION_APPLICANT',
                                                          'NO_PERMIT', 'SHORT_PERMIT', 'LONG_STAY',
                                                          'PERMIT_BEFORE_2016', 'D1', 'D2', 'D3', 'D4', 'D5', 'D6',
                                                          'D7', 'D8')),
    constraint obligation_assessment_deadline_regime check (deadline_regime in ('REGIME_2016', 'REGIME_2018',
                                                                                'REGIME_2025_THREE_YEARS')),
    -- an obliged verdict has a deadline and no code, any other a code and no deadline
    constraint obligation_assessment_obliged check ((status = 'OBLIGED') = (code is null)
                                                    and (status = 'OBLIGED') = (deadline is not null)
                                                    and (deadline is null) = (deadline_regime is null)),
    -- a recorded dispense rests on evidence; a verdict of the rules on its inputs
    constraint obligation_assessment_evidence check (
        (kind = 'RECORDED_DISPENSE') = (evidence_document_type is not null)
        and (evidence_document_type is null) = (evidence_document_date is null)
        and (evidence_document_type is null) = (evidence_issuer is null)
        and (evidence_document_type is null) = (evidence_decision_date is null)
        and (kind = 'RULES_ENGINE') = (inputs is not null))
);
create index obligation_assessment_person_idx on obligation_assessment (person_id, assessed_at desc);

-- The case file of one person at one CRI, with its state machine (docs/rules.md, Case files).
create table case_file (
    id                      uuid        primary key,
    person_id               uuid        not null references person (id),
    cri_code                varchar(10) not null references cri (code),
    state                   varchar(30) not null,
    state_before_suspension varchar(30),
    participation           varchar(20) not null,
    assessment_id           uuid        not null references obligation_assessment (id),
    base_deadline           date,
    final_deadline          date,
    opened_on               date        not null,
    transferred_from        uuid        references case_file (id),
    transferred_to          uuid        references case_file (id),
    closure_reason          varchar(30),
    closure_note            text,
    version                 bigint      not null default 0,
    constraint case_file_state check (state in ('OPENED', 'RECEPTION', 'CONVENTION_SIGNED', 'IN_PROGRESS',
                                                'COMPLETED', 'ATTESTATION_ISSUED', 'SUSPENDED', 'TRANSFERRED',
                                                'CLOSED')),
    constraint case_file_state_before_suspension check (
        state_before_suspension in ('OPENED', 'RECEPTION', 'CONVENTION_SIGNED', 'IN_PROGRESS')
        and (state = 'SUSPENDED') = (state_before_suspension is not null)),
    constraint case_file_participation check (participation in ('OBLIGED', 'VOLUNTEER')),
    constraint case_file_deadline_when_obliged check ((participation = 'OBLIGED') = (final_deadline is not null)
                                                      and (participation = 'OBLIGED') = (base_deadline is not null)),
    constraint case_file_closure_reason check (
        closure_reason in ('MOVED_OUT_OF_SCOPE', 'LEFT_BELGIUM', 'DECEASED', 'NO_LONGER_OBLIGED',
                           'VOLUNTEER_WITHDREW', 'OPENED_IN_ERROR', 'OTHER')
        and (state = 'CLOSED') = (closure_reason is not null)),
    constraint case_file_transferred_to check ((state = 'TRANSFERRED') = (transferred_to is not null)),
    -- one current file per person, whatever the CRI (docs/rules.md, decision 8); checked at commit, since a transfer
    -- opens the new file before it freezes the old one in the same transaction
    constraint case_file_one_current_per_person exclude using btree (person_id with =)
        where (state not in ('TRANSFERRED', 'CLOSED')) deferrable initially deferred
);
-- A CRI's files by state: its lists and work queues.
create index case_file_cri_state_idx on case_file (cri_code, state);
-- The files of a person, and whether a CRI holds one (the person's visibility).
create index case_file_person_idx on case_file (person_id, cri_code);

-- The timeline of a case file: appended, never changed.
create table case_file_event (
    id           uuid          primary key,
    case_file_id uuid          not null references case_file (id),
    sequence     integer       not null,
    type         varchar(40)   not null,
    from_state   varchar(30),
    to_state     varchar(30),
    occurred_on  date,
    reason       text,
    detail       varchar(1000),
    recorded_by  varchar(100)  not null,
    recorded_at  timestamptz   not null,
    constraint case_file_event_sequence_uq unique (case_file_id, sequence),
    constraint case_file_event_sequence check (sequence > 0),
    constraint case_file_event_type check (type in ('OPENED', 'TRANSFERRED_IN', 'RECEPTION_STARTED',
                                                    'CONVENTION_SIGNED', 'TRAINING_STARTED', 'COMPLETED',
                                                    'ATTESTATION_ISSUED', 'SUSPENDED', 'RESUMED', 'TRANSFERRED_OUT',
                                                    'CLOSED', 'SOCIAL_REVIEW_RECORDED',
                                                    'RIGHTS_AND_DUTIES_SESSION_RECORDED', 'FRENCH_TEST_RECORDED',
                                                    'FRENCH_TEST_NOT_NEEDED', 'RECEPTION_COMPLETED',
                                                    'CONVENTION_PROPOSED', 'CONVENTION_AMENDED', 'ENROLLED',
                                                    'ENROLMENT_COMPLETED', 'ENROLMENT_WITHDRAWN', 'INTERVIEW_HELD',
                                                    'DEADLINE_EXTENDED', 'REASSESSED')),
    constraint case_file_event_states check (
        from_state in ('OPENED', 'RECEPTION', 'CONVENTION_SIGNED', 'IN_PROGRESS', 'COMPLETED', 'ATTESTATION_ISSUED',
                       'SUSPENDED', 'TRANSFERRED', 'CLOSED')
        and to_state in ('OPENED', 'RECEPTION', 'CONVENTION_SIGNED', 'IN_PROGRESS', 'COMPLETED',
                         'ATTESTATION_ISSUED', 'SUSPENDED', 'TRANSFERRED', 'CLOSED'))
);

-- The social review (bilan social) of a reception module, and the need found in each domain.
create table social_review (
    id                                        uuid    primary key,
    conducted_on                              date    not null,
    notes                                     text,
    recommends_socio_professional_orientation boolean not null
);

create table social_review_need (
    social_review_id uuid        not null references social_review (id),
    domain           varchar(30) not null,
    need_level       varchar(20) not null,
    notes            text,
    primary key (social_review_id, domain),
    constraint social_review_need_domain check (domain in ('HOUSING', 'HEALTH', 'FRENCH', 'WORK_AND_TRAINING',
                                                           'CITIZENSHIP', 'CHILDREN_AND_YOUTH')),
    constraint social_review_need_level check (need_level in ('NONE', 'LOW', 'MODERATE', 'HIGH'))
);

-- The reception module of a case file (one per file): social review, rights-and-duties session, French test.
create table reception_module (
    id                           uuid        primary key,
    case_file_id                 uuid        not null unique references case_file (id),
    social_review_id             uuid        unique references social_review (id),
    session_held_on              date,
    session_format               varchar(20),
    session_interpreter_language varchar(3),
    french_test_taken_on         date,
    french_test_level            varchar(10),
    french_test_waiver           varchar(30),
    completed_on                 date,
    version                      bigint      not null default 0,
    constraint reception_module_session check ((session_held_on is null) = (session_format is null)
                                               and (session_format is not null
                                                    or session_interpreter_language is null)),
    constraint reception_module_session_format check (session_format in ('INDIVIDUAL', 'GROUP')),
    constraint reception_module_interpreter_format check (session_interpreter_language ~ '^[a-z]{2,3}$'),
    constraint reception_module_french_test check ((french_test_taken_on is null) = (french_test_level is null)
                                                   and not (french_test_level is not null
                                                            and french_test_waiver is not null)),
    constraint reception_module_french_test_level check (french_test_level in ('PRE_A1', 'A1', 'A2', 'B1', 'B2',
                                                                               'C1', 'C2')),
    constraint reception_module_french_test_waiver check (french_test_waiver in ('FRENCH_MOTHER_TONGUE',
                                                                                 'CERTIFICATE_A2_OR_ABOVE',
                                                                                 'SCHOOLED_IN_FRENCH'))
);

-- The convention of a case file (one per file) and its versions: the proposal, then one per amendment.
create table convention (
    id                  uuid        primary key,
    case_file_id        uuid        not null unique references case_file (id),
    reception_module_id uuid        not null unique references reception_module (id),
    status              varchar(20) not null,
    proposed_on         date        not null,
    signed_on           date,
    version             bigint      not null default 0,
    constraint convention_status check (status in ('PROPOSED', 'SIGNED')),
    constraint convention_signed_on check ((status = 'SIGNED') = (signed_on is not null))
);

create table convention_version (
    id            uuid         primary key,
    convention_id uuid         not null references convention (id),
    number        integer      not null,
    effective_on  date         not null,
    end_date      date,
    reason        text         not null,
    recorded_by   varchar(100) not null,
    recorded_at   timestamptz  not null,
    constraint convention_version_number_uq unique (convention_id, number),
    constraint convention_version_number check (number > 0)
);

create table convention_version_axis (
    convention_version_id uuid        not null references convention_version (id),
    axis                  varchar(30) not null,
    primary key (convention_version_id, axis),
    constraint convention_version_axis_axis check (axis in ('RECEPTION', 'CITIZENSHIP', 'FRENCH',
                                                            'SOCIO_PROFESSIONAL'))
);

-- Training operators recognised by the Region: reference data kept by an administrator (demo ones in V005).
create table operator (
    code        varchar(40)  primary key,
    name        varchar(200) not null,
    kind        varchar(30)  not null,
    street      varchar(200) not null,
    postal_code varchar(4)   not null,
    locality    varchar(100) not null,
    active      boolean      not null default true,
    version     bigint       not null default 0,
    constraint operator_code_format check (code ~ '^[A-Z0-9][A-Z0-9-]{1,39}$'),
    constraint operator_postal_code_format check (postal_code ~ '^[0-9]{4}$'),
    constraint operator_kind check (kind in ('ILI', 'FOREM', 'CISP', 'SCHOOL', 'PUBLIC_AUTHORITY',
                                             'EDUCATION_PERMANENTE', 'CRI'))
);

-- The axes an operator is recognised for; never the reception module, which the CRI runs itself.
create table operator_recognition (
    operator_code varchar(40) not null references operator (code),
    axis          varchar(30) not null,
    primary key (operator_code, axis),
    constraint operator_recognition_axis check (axis in ('CITIZENSHIP', 'FRENCH', 'SOCIO_PROFESSIONAL'))
);

-- A person, through the case file, enrolled on one axis with one operator.
create table enrolment (
    id                uuid         primary key,
    case_file_id      uuid         not null references case_file (id),
    operator_code     varchar(40)  not null references operator (code),
    axis              varchar(30)  not null,
    start_date        date         not null,
    status            varchar(20)  not null,
    end_date          date,
    withdrawal_reason text,
    enrolled_by       varchar(100) not null,
    enrolled_at       timestamptz  not null,
    version           bigint       not null default 0,
    constraint enrolment_axis check (axis in ('CITIZENSHIP', 'FRENCH', 'SOCIO_PROFESSIONAL')),
    constraint enrolment_status check (status in ('ACTIVE', 'COMPLETED', 'WITHDRAWN')),
    constraint enrolment_end check ((status = 'ACTIVE') = (end_date is null) and end_date >= start_date),
    constraint enrolment_withdrawal_reason check ((status = 'WITHDRAWN') = (withdrawal_reason is not null))
);
-- The operator trainer's list, most recent first.
create index enrolment_operator_idx on enrolment (operator_code, start_date desc);
create index enrolment_case_file_idx on enrolment (case_file_id, start_date);

-- The evaluation interviews of a case file: recorded once held, never changed.
create table evaluation_interview (
    id           uuid         primary key,
    case_file_id uuid         not null references case_file (id),
    held_on      date         not null,
    conducted_by varchar(100) not null,
    notes        text,
    recorded_at  timestamptz  not null
);
create index evaluation_interview_case_file_idx on evaluation_interview (case_file_id, held_on);
