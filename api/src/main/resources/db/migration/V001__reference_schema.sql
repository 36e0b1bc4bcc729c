-- Territories and country groups: the reference data the rules and the case workflow stand on.

create table cri (
    code       varchar(10)  primary key,
    name       varchar(200) not null,
    seat       varchar(100) not null,
    address    varchar(300),
    phone      varchar(40),
    website    varchar(200),
    source     varchar(300),
    version    bigint       not null default 0
);

-- A commune of the Walloon Region (NIS/REFNIS code at 2025-01-01) and the CRI that serves it.
-- The nine German-speaking communes have no CRI: the Walloon programme does not apply there.
create table commune (
    nis_code             varchar(5)      primary key,
    name_fr              varchar(100) not null,
    arrondissement       varchar(100) not null,
    province             varchar(100) not null,
    cri_code             varchar(10)  references cri (code),
    german_speaking      boolean      not null,
    cri_confidence       varchar(10),
    alternative_cri_code varchar(10)  references cri (code),
    cri_note             text,
    version              bigint       not null default 0,
    constraint commune_nis_format check (nis_code ~ '^[0-9]{5}$'),
    constraint commune_cri_unless_german_speaking check (german_speaking = (cri_code is null))
);
create index commune_cri_idx on commune (cri_code);

-- Every administrator's reassignment of a commune to another CRI.
create table commune_cri_reassignment (
    id          uuid         primary key,
    nis_code    varchar(5)      not null references commune (nis_code),
    from_cri    varchar(10)  references cri (code),
    to_cri      varchar(10)  not null references cri (code),
    reason      text         not null,
    decided_by  varchar(100) not null,
    decided_at  timestamptz  not null
);
create index commune_cri_reassignment_nis_idx on commune_cri_reassignment (nis_code, decided_at);

-- bpost localities: each postal code and locality belongs to exactly one commune.
create table postal_locality (
    postal_code   varchar(4)      not null,
    locality      varchar(100) not null,
    nis_code      varchar(5)      not null references commune (nis_code),
    main_locality boolean      not null,
    note          varchar(200),
    primary key (postal_code, locality)
);
create index postal_locality_nis_idx on postal_locality (nis_code);

-- Old NIS codes (2019 arrondissement reform, 2025 mergers) and the code that replaced them.
create table nis_code_change (
    old_nis_code       varchar(5)      primary key,
    old_name_fr        varchar(100) not null,
    old_arrondissement varchar(100) not null,
    new_nis_code       varchar(5)      not null references commune (nis_code),
    valid_from         date         not null,
    source             varchar(300)
);

-- EU, EEA and Swiss states. "UE+" citizens and their family are outside the target group.
create table country_group (
    iso2    varchar(2)      primary key,
    name_fr varchar(100) not null,
    eu      boolean      not null,
    eea     boolean      not null,
    ch      boolean      not null,
    ue_plus boolean      not null
);
