-- Foundation: facilities, agencies, contacts, relationships, accounts, login throttling, audit trail.
-- Written once for H2 and PostgreSQL alike: plain types, unquoted names, explicit indexes.

create sequence liaison_seq start with 50 increment by 50;

create table facility (
    id          bigint       not null primary key,
    version     bigint       not null,
    name        varchar(120) not null,
    code        varchar(12)  not null,
    kind        varchar(16)  not null,
    beds        integer      not null,
    address     varchar(200),
    city        varchar(80)
);
create unique index ux_facility_code on facility (code);
create index ix_facility_name on facility (name);

create table agency (
    id                  bigint       not null primary key,
    version             bigint       not null,
    name                varchar(120) not null,
    agency_type         varchar(24)  not null,
    jurisdiction        varchar(120) not null,
    non_emergency_phone varchar(32),
    dispatch_phone      varchar(32),
    address             varchar(200)
);
create index ix_agency_name on agency (name);
create index ix_agency_type on agency (agency_type);
create index ix_agency_jurisdiction on agency (jurisdiction);

create table contact (
    id            bigint       not null primary key,
    version       bigint       not null,
    agency_id     bigint       not null references agency (id),
    first_name    varchar(60)  not null,
    last_name     varchar(60)  not null,
    rank_title    varchar(40),
    unit          varchar(80),
    phone         varchar(32),
    mobile        varchar(32),
    radio_channel varchar(40),
    email         varchar(120),
    verified_at   date,
    notes         varchar(1000)
);
create index ix_contact_agency on contact (agency_id);
create index ix_contact_last_name on contact (last_name);
create index ix_contact_verified_at on contact (verified_at);

create table relationship (
    id           bigint      not null primary key,
    version      bigint      not null,
    facility_id  bigint      not null references facility (id),
    agency_id    bigint      not null references agency (id),
    role         varchar(16) not null,
    cadence_days integer     not null,
    status       varchar(16) not null,
    notes        varchar(1000)
);
create unique index ux_relationship_pair on relationship (facility_id, agency_id);
create index ix_relationship_agency on relationship (agency_id);

create table user_account (
    id                  bigint       not null primary key,
    version             bigint       not null,
    username            varchar(40)  not null,
    display_name        varchar(80)  not null,
    email               varchar(120),
    password_hash       varchar(400),
    password_changed_at timestamp,
    enabled             boolean      not null,
    partner_agency_id   bigint references agency (id)
);
create unique index ux_user_account_username on user_account (username);
create index ix_user_account_partner_agency on user_account (partner_agency_id);

create table user_role (
    user_id bigint      not null references user_account (id),
    role    varchar(16) not null,
    primary key (user_id, role)
);

create table user_facility (
    user_id     bigint not null references user_account (id),
    facility_id bigint not null references facility (id),
    primary key (user_id, facility_id)
);
create index ix_user_facility_facility on user_facility (facility_id);

create table login_throttle (
    id           bigint       not null primary key,
    version      bigint       not null,
    username     varchar(120) not null,
    failures     integer      not null,
    window_start timestamp,
    locked_until timestamp
);
create unique index ux_login_throttle_username on login_throttle (username);

create table audit_event (
    id          bigint       not null primary key,
    version     bigint       not null,
    occurred_at timestamp    not null,
    actor       varchar(120) not null,
    address     varchar(64),
    action      varchar(40)  not null,
    record_type varchar(40)  not null,
    record_id   bigint,
    changes     varchar(8000)
);
create index ix_audit_event_occurred_at on audit_event (occurred_at);
create index ix_audit_event_record on audit_event (record_type, record_id);
create index ix_audit_event_actor on audit_event (actor);

-- Named locks that make a job or a one-time task run on one instance of a cluster at a time.
create table cluster_lock (
    name         varchar(60) not null primary key,
    locked_until timestamp,
    holder       varchar(120)
);
insert into cluster_lock (name) values ('demo-data');
