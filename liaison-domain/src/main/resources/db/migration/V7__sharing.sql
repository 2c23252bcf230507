-- Information sharing: TLP-labelled bulletins with their audience, versions, recipients and attachments; HIPAA
-- disclosure accounting with suspensions. Same SQL on H2 and PostgreSQL; an index on every foreign key and filter.

create table bulletin (
    id                  bigint        not null primary key,
    version             bigint        not null,
    title               varchar(160)  not null,
    body                varchar(20000) not null,
    category            varchar(24)   not null,
    tlp                 varchar(16)   not null,
    direction           varchar(12)   not null,
    status              varchar(16)   not null,
    source_agency_id    bigint references agency (id),
    audience_everyone   boolean       not null,
    valid_until         date,
    ack_required        boolean       not null,
    ack_deadline        date,
    patient_information boolean       not null,
    version_number      integer       not null,
    author_id           bigint        not null references user_account (id),
    created_at          timestamp     not null,
    published_at        timestamp,
    privacy_approved_by varchar(40),
    withdrawn_reason    varchar(500)
);
create index ix_bulletin_status_tlp on bulletin (status, tlp);
create index ix_bulletin_published_at on bulletin (published_at);
create index ix_bulletin_source_agency on bulletin (source_agency_id);
create index ix_bulletin_author on bulletin (author_id);
create index ix_bulletin_ack_deadline on bulletin (ack_deadline);

create table bulletin_facility (
    bulletin_id bigint not null references bulletin (id),
    facility_id bigint not null references facility (id),
    primary key (bulletin_id, facility_id)
);
create index ix_bulletin_facility_facility on bulletin_facility (facility_id);

create table bulletin_agency (
    bulletin_id bigint not null references bulletin (id),
    agency_id   bigint not null references agency (id),
    primary key (bulletin_id, agency_id)
);
create index ix_bulletin_agency_agency on bulletin_agency (agency_id);

create table bulletin_audience_facility (
    bulletin_id bigint not null references bulletin (id),
    facility_id bigint not null references facility (id),
    primary key (bulletin_id, facility_id)
);
create index ix_bulletin_audience_facility_facility on bulletin_audience_facility (facility_id);

create table bulletin_role (
    bulletin_id bigint      not null references bulletin (id),
    role        varchar(16) not null,
    primary key (bulletin_id, role)
);

create table bulletin_person (
    bulletin_id bigint not null references bulletin (id),
    user_id     bigint not null references user_account (id),
    primary key (bulletin_id, user_id)
);
create index ix_bulletin_person_user on bulletin_person (user_id);

create table bulletin_version (
    id           bigint         not null primary key,
    version      bigint         not null,
    bulletin_id  bigint         not null references bulletin (id),
    number       integer        not null,
    title        varchar(160)   not null,
    body         varchar(20000) not null,
    tlp          varchar(16)    not null,
    valid_until  date,
    ack_deadline date,
    change_note  varchar(500),
    saved_by     varchar(40)    not null,
    saved_at     timestamp      not null
);
create unique index ux_bulletin_version_number on bulletin_version (bulletin_id, number);

create table bulletin_recipient (
    id                   bigint      not null primary key,
    version              bigint      not null,
    bulletin_id          bigint      not null references bulletin (id),
    user_id              bigint references user_account (id),
    agency_id            bigint references agency (id),
    status               varchar(16) not null,
    delivered_at         timestamp   not null,
    opened_at            timestamp,
    acknowledged_at      timestamp,
    acknowledged_by      varchar(40),
    acknowledged_version integer,
    followed_up_at       timestamp
);
create index ix_bulletin_recipient_bulletin on bulletin_recipient (bulletin_id, status);
create index ix_bulletin_recipient_user on bulletin_recipient (user_id, status);
create index ix_bulletin_recipient_agency on bulletin_recipient (agency_id, status);

create table bulletin_attachment (
    id           bigint         not null primary key,
    version      bigint         not null,
    bulletin_id  bigint         not null references bulletin (id),
    file_name    varchar(200)   not null,
    content_type varchar(60)    not null,
    size_bytes   bigint         not null,
    sha256       varchar(64)    not null,
    content      ${binary_type} not null,
    uploaded_by  varchar(40)    not null,
    uploaded_at  timestamp      not null
);
create index ix_bulletin_attachment_bulletin on bulletin_attachment (bulletin_id);

create table disclosure (
    id                bigint        not null primary key,
    version           bigint        not null,
    mrn               varchar(40)   not null,
    disclosed_on      date          not null,
    facility_id       bigint        not null references facility (id),
    agency_id         bigint        not null references agency (id),
    recipient_name    varchar(120)  not null,
    recipient_address varchar(300)  not null,
    description       varchar(2000) not null,
    purpose           varchar(1000) not null,
    basis             varchar(24)   not null,
    legal_document    varchar(24),
    legal_reference   varchar(120),
    bulletin_id       bigint references bulletin (id),
    status            varchar(20)   not null,
    approved_by_id    bigint references user_account (id),
    approved_at       timestamp,
    recorded_by       varchar(40)   not null,
    recorded_at       timestamp     not null
);
create index ix_disclosure_mrn_date on disclosure (mrn, disclosed_on);
create index ix_disclosure_facility_date on disclosure (facility_id, disclosed_on);
create index ix_disclosure_agency on disclosure (agency_id);
create index ix_disclosure_status on disclosure (status);
create index ix_disclosure_basis on disclosure (basis);
create index ix_disclosure_bulletin on disclosure (bulletin_id);
create index ix_disclosure_approved_by on disclosure (approved_by_id);

create table accounting_suspension (
    id            bigint        not null primary key,
    version       bigint        not null,
    agency_id     bigint        not null references agency (id),
    mrn           varchar(40),
    kind          varchar(12)   not null,
    requested_on  date          not null,
    written_until date,
    last_day      date          not null,
    requested_by  varchar(120)  not null,
    statement     varchar(1000),
    recorded_by   varchar(40)   not null,
    recorded_at   timestamp     not null
);
create index ix_accounting_suspension_agency on accounting_suspension (agency_id, requested_on, last_day);
create index ix_accounting_suspension_mrn on accounting_suspension (mrn);

insert into cluster_lock (name) values ('bulletin-calendar');
