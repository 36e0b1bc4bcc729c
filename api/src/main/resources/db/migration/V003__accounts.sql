-- Who may sign in: staff accounts (username + bcrypt password) and API clients of communes and CPAS
-- (client id + bcrypt secret). The role and the tenant (CRI, operator or commune) go into the token.

create table user_account (
    id            uuid         primary key,
    username      varchar(100) not null unique,
    password_hash varchar(100) not null,
    display_name  varchar(200) not null,
    role          varchar(30)  not null,
    cri_code      varchar(10)  references cri (code),
    operator_code varchar(40),
    nis_code      varchar(5)      references commune (nis_code),
    active        boolean      not null default true,
    created_at    timestamptz  not null,
    version       bigint       not null default 0,
    constraint user_account_role check (role in ('CRI_AGENT', 'CRI_SUPERVISOR', 'OPERATOR_TRAINER', 'COMMUNE_CLIENT',
                                                 'CPAS_CLIENT', 'REGION_ANALYST', 'ADMINISTRATOR')),
    constraint user_account_tenant check (
        (role in ('CRI_AGENT', 'CRI_SUPERVISOR') and cri_code is not null)
        or (role = 'OPERATOR_TRAINER' and operator_code is not null)
        or (role in ('COMMUNE_CLIENT', 'CPAS_CLIENT') and nis_code is not null)
        or role in ('REGION_ANALYST', 'ADMINISTRATOR'))
);

create table api_client (
    id          uuid         primary key,
    client_id   varchar(100) not null unique,
    secret_hash varchar(100) not null,
    name        varchar(200) not null,
    role        varchar(30)  not null,
    nis_code    varchar(5)      not null references commune (nis_code),
    active      boolean      not null default true,
    created_at  timestamptz  not null,
    version     bigint       not null default 0,
    constraint api_client_role check (role in ('COMMUNE_CLIENT', 'CPAS_CLIENT'))
);
