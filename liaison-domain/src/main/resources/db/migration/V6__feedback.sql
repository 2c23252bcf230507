-- Feedback workflows: police-involved incidents, reviews (incident debriefs and exercise AARs) with findings and
-- partner comments, and corrective actions (the improvement plan). Same SQL on H2 and PostgreSQL.

create table incident (
    id                  bigint        not null primary key,
    version             bigint        not null,
    facility_id         bigint        not null references facility (id),
    agency_id           bigint        not null references agency (id),
    location            varchar(120)  not null,
    occurred_at         timestamp     not null,
    category            varchar(24)   not null,
    violence_type       integer,
    police_requested_at timestamp,
    police_arrived_at   timestamp,
    police_cleared_at   timestamp,
    -- written only by the entity from requested/arrived, so statistics are computed in SQL
    response_seconds    integer,
    responding_officers varchar(500),
    case_number         varchar(40),
    summary             varchar(2000) not null,
    outcome             varchar(1000),
    injuries            varchar(500),
    recorded_by         varchar(40)   not null,
    completed_by        varchar(40),
    waiver_reason       varchar(500),
    waived_by           varchar(40)
);
create index ix_incident_facility_occurred on incident (facility_id, occurred_at);
create index ix_incident_agency_occurred on incident (agency_id, occurred_at);
create index ix_incident_occurred on incident (occurred_at);
create index ix_incident_category on incident (category);

-- exercise_id has no foreign key: exercises belong to the training capability, whose table this one must not need.
create table review (
    id                 bigint        not null primary key,
    version            bigint        not null,
    kind               varchar(24)   not null,
    facility_id        bigint        not null references facility (id),
    incident_id        bigint references incident (id),
    exercise_id        bigint,
    title              varchar(160)  not null,
    occurred_on        date          not null,
    status             varchar(20)   not null,
    tlp                varchar(16)   not null,
    overview           varchar(4000),
    objectives         varchar(2000),
    staff_participants varchar(1000),
    agency_participants varchar(1000),
    opened_at          timestamp     not null,
    approved_on        date,
    approved_by        varchar(40),
    closed_on          date,
    -- written only by the entity on approval, so timeliness is a median computed in SQL
    days_to_approval   integer,
    draft_reminded_on  date
);
create unique index ux_review_incident on review (incident_id);
create index ix_review_exercise on review (exercise_id);
create index ix_review_facility_occurred on review (facility_id, occurred_on);
create index ix_review_status on review (status);
create index ix_review_approved on review (approved_on);

create table review_agency (
    review_id bigint not null references review (id),
    agency_id bigint not null references agency (id),
    primary key (review_id, agency_id)
);
create index ix_review_agency_agency on review_agency (agency_id);

create table review_finding (
    id           bigint        not null primary key,
    version      bigint        not null,
    review_id    bigint        not null references review (id),
    kind         varchar(24)   not null,
    capability   varchar(60),
    rating       varchar(1),
    text         varchar(2000) not null,
    -- copies of the review's facility and day number: repeat findings are one indexed self-join
    facility_id  bigint        not null references facility (id),
    occurred_day bigint        not null
);
create index ix_review_finding_review on review_finding (review_id);
create index ix_review_finding_repeat on review_finding (facility_id, capability, kind, occurred_day);

create table review_comment (
    id          bigint        not null primary key,
    version     bigint        not null,
    review_id   bigint        not null references review (id),
    agency_id   bigint        not null references agency (id),
    author      varchar(40)   not null,
    author_name varchar(80)   not null,
    text        varchar(4000) not null,
    written_at  timestamp     not null
);
create index ix_review_comment_review on review_comment (review_id);
create index ix_review_comment_agency on review_comment (agency_id);

create table corrective_action (
    id                       bigint        not null primary key,
    version                  bigint        not null,
    review_id                bigint        not null references review (id),
    finding_id               bigint references review_finding (id),
    capability               varchar(60),
    issue                    varchar(1000) not null,
    action_text              varchar(1000) not null,
    element                  varchar(16)   not null,
    responsible_organisation varchar(120)  not null,
    responsible_agency_id    bigint references agency (id),
    contact_name             varchar(120),
    owner_id                 bigint references user_account (id),
    start_on                 date          not null,
    due_on                   date          not null,
    original_due_on          date          not null,
    due_move_reason          varchar(500),
    status                   varchar(16)   not null,
    status_reason            varchar(500),
    completed_on             date,
    verified_on              date,
    verified_by              varchar(40),
    reminded_on              date
);
create index ix_corrective_action_review on corrective_action (review_id);
create index ix_corrective_action_finding on corrective_action (finding_id);
create index ix_corrective_action_agency on corrective_action (responsible_agency_id);
create index ix_corrective_action_owner on corrective_action (owner_id, status);
create index ix_corrective_action_status_due on corrective_action (status, due_on);

insert into cluster_lock (name) values ('feedback-reminders');
