-- Agency relationships: direct lines, affiliation history, engagements, agreements with documents, notifications.
-- ${binary_type} is bytea on PostgreSQL and a large varbinary on H2 (set by DatabaseMigration).

alter table relationship add column owner_id bigint references user_account (id);
alter table relationship add column primary_contact_id bigint references contact (id);
alter table relationship add column backup_contact_id bigint references contact (id);
create index ix_relationship_owner on relationship (owner_id);
create index ix_relationship_primary_contact on relationship (primary_contact_id);
create index ix_relationship_backup_contact on relationship (backup_contact_id);

alter table contact add column joint_role varchar(24);
alter table contact add column preferred_method varchar(12);

create table contact_affiliation (
    id         bigint not null primary key,
    version    bigint not null,
    contact_id bigint not null references contact (id),
    agency_id  bigint not null references agency (id),
    unit       varchar(80),
    rank_title varchar(40),
    started_on date   not null,
    ended_on   date
);
create index ix_contact_affiliation_contact on contact_affiliation (contact_id);
create index ix_contact_affiliation_agency on contact_affiliation (agency_id);

create table engagement (
    id          bigint        not null primary key,
    version     bigint        not null,
    facility_id bigint        not null references facility (id),
    agency_id   bigint        not null references agency (id),
    kind        varchar(24)   not null,
    occurred_on date          not null,
    summary     varchar(2000) not null,
    recorded_by varchar(40)   not null,
    recorded_at timestamp     not null
);
-- The board asks "latest engagement per facility and agency": this index answers it without reading the table.
create index ix_engagement_pair_date on engagement (facility_id, agency_id, occurred_on);
create index ix_engagement_agency_date on engagement (agency_id, occurred_on);

create table engagement_contact (
    engagement_id bigint not null references engagement (id),
    contact_id    bigint not null references contact (id),
    primary key (engagement_id, contact_id)
);
create index ix_engagement_contact_contact on engagement_contact (contact_id);

create table engagement_staff (
    engagement_id bigint not null references engagement (id),
    user_id       bigint not null references user_account (id),
    primary key (engagement_id, user_id)
);
create index ix_engagement_staff_user on engagement_staff (user_id);

create table agreement (
    id                 bigint        not null primary key,
    version            bigint        not null,
    title              varchar(160)  not null,
    agreement_type     varchar(24)   not null,
    status             varchar(16)   not null,
    effective_on       date          not null,
    expires_on         date          not null,
    notice_days        integer       not null,
    summary            varchar(2000),
    owner_id           bigint references user_account (id),
    signed_on          date,
    termination_reason varchar(500)
);
create index ix_agreement_status_expiry on agreement (status, expires_on);
create index ix_agreement_owner on agreement (owner_id);

create table agreement_facility (
    agreement_id bigint not null references agreement (id),
    facility_id  bigint not null references facility (id),
    primary key (agreement_id, facility_id)
);
create index ix_agreement_facility_facility on agreement_facility (facility_id);

create table agreement_agency (
    agreement_id bigint not null references agreement (id),
    agency_id    bigint not null references agency (id),
    primary key (agreement_id, agency_id)
);
create index ix_agreement_agency_agency on agreement_agency (agency_id);

create table agreement_clause (
    agreement_id bigint      not null references agreement (id),
    clause       varchar(40) not null,
    primary key (agreement_id, clause)
);

create table agreement_document (
    id             bigint       not null primary key,
    version        bigint       not null,
    agreement_id   bigint       not null references agreement (id),
    version_number integer      not null,
    file_name      varchar(200) not null,
    content_type   varchar(60)  not null,
    size_bytes     bigint       not null,
    sha256         varchar(64)  not null,
    content        ${binary_type} not null,
    uploaded_by    varchar(40)  not null,
    uploaded_at    timestamp    not null
);
create unique index ux_agreement_document_version on agreement_document (agreement_id, version_number);

create table notification (
    id           bigint       not null primary key,
    version      bigint       not null,
    recipient_id bigint       not null references user_account (id),
    text         varchar(500) not null,
    link         varchar(200),
    created_at   timestamp    not null,
    read_at      timestamp
);
create index ix_notification_recipient on notification (recipient_id, read_at);

insert into cluster_lock (name) values ('agreement-calendar');
