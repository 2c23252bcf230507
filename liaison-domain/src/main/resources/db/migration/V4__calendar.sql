-- Engagement calendar: meetings (alone or in recurring series) with attendees, minutes and action items; community
-- events; personal calendar feeds. Written once for H2 and PostgreSQL alike.

create table meeting_series (
    id               bigint       not null primary key,
    version          bigint       not null,
    facility_id      bigint       not null references facility (id),
    title            varchar(160) not null,
    location         varchar(300),
    agenda           varchar(4000),
    rrule            varchar(300) not null,
    first_start      timestamp    not null,
    duration_minutes integer      not null,
    tlp              varchar(16)  not null
);
create index ix_meeting_series_facility on meeting_series (facility_id);

create table meeting_series_agency (
    series_id bigint not null references meeting_series (id),
    agency_id bigint not null references agency (id),
    primary key (series_id, agency_id)
);
create index ix_meeting_series_agency_agency on meeting_series_agency (agency_id);

create table meeting (
    id                    bigint        not null primary key,
    version               bigint        not null,
    facility_id           bigint        not null references facility (id),
    series_id             bigint references meeting_series (id),
    recurrence_id         timestamp,
    detached              boolean       not null,
    title                 varchar(160)  not null,
    location              varchar(300),
    starts_at             timestamp     not null,
    ends_at               timestamp     not null,
    status                varchar(20)   not null,
    agenda                varchar(4000),
    tlp                   varchar(16)   not null,
    decisions             varchar(20000),
    discussion            varchar(20000),
    held_at               timestamp,
    minutes_approved_by   varchar(40),
    minutes_approved_at   timestamp,
    closed_at             timestamp,
    cancel_reason         varchar(500),
    minutes_reminder_sent boolean       not null
);
create index ix_meeting_facility_start on meeting (facility_id, starts_at);
create index ix_meeting_start on meeting (starts_at);
create index ix_meeting_series on meeting (series_id, starts_at);
create index ix_meeting_status on meeting (status, starts_at);

create table meeting_agency (
    meeting_id bigint not null references meeting (id),
    agency_id  bigint not null references agency (id),
    primary key (meeting_id, agency_id)
);
create index ix_meeting_agency_agency on meeting_agency (agency_id);

create table meeting_attendee (
    id         bigint  not null primary key,
    version    bigint  not null,
    meeting_id bigint  not null references meeting (id),
    user_id    bigint references user_account (id),
    contact_id bigint references contact (id),
    present    boolean not null
);
create index ix_meeting_attendee_meeting on meeting_attendee (meeting_id);
create index ix_meeting_attendee_user on meeting_attendee (user_id);
create index ix_meeting_attendee_contact on meeting_attendee (contact_id);

create table action_item (
    id                    bigint        not null primary key,
    version               bigint        not null,
    facility_id           bigint        not null references facility (id),
    meeting_id            bigint references meeting (id),
    title                 varchar(200)  not null,
    details               varchar(2000),
    owner_user_id         bigint references user_account (id),
    owner_contact_id      bigint references contact (id),
    due_on                date          not null,
    original_due_on       date          not null,
    status                varchar(16)   not null,
    done_at               timestamp,
    verified_by           varchar(40),
    verified_at           timestamp,
    due_soon_reminded_for date,
    overdue_reminded_for  date
);
create index ix_action_item_facility_status on action_item (facility_id, status, due_on);
create index ix_action_item_meeting on action_item (meeting_id);
create index ix_action_item_owner_user on action_item (owner_user_id, status, due_on);
create index ix_action_item_owner_contact on action_item (owner_contact_id);
create index ix_action_item_status_due on action_item (status, due_on);

create table action_item_due_change (
    id          bigint       not null primary key,
    version     bigint       not null,
    item_id     bigint       not null references action_item (id),
    from_due_on date         not null,
    to_due_on   date         not null,
    moved_by    varchar(40)  not null,
    reason      varchar(500) not null,
    moved_at    timestamp    not null
);
create index ix_action_item_due_change_item on action_item_due_change (item_id);

create table community_event (
    id                bigint        not null primary key,
    version           bigint        not null,
    facility_id       bigint        not null references facility (id),
    title             varchar(160)  not null,
    kind              varchar(24)   not null,
    starts_at         timestamp     not null,
    ends_at           timestamp     not null,
    location          varchar(300),
    staff_hours       numeric(6, 1),
    public_attendance integer,
    notes             varchar(2000),
    recorded_at       timestamp
);
create index ix_community_event_facility_start on community_event (facility_id, starts_at);
create index ix_community_event_start on community_event (starts_at);
create index ix_community_event_kind on community_event (kind);

create table community_event_agency (
    event_id  bigint not null references community_event (id),
    agency_id bigint not null references agency (id),
    primary key (event_id, agency_id)
);
create index ix_community_event_agency_agency on community_event_agency (agency_id);

create table community_event_staff (
    event_id bigint not null references community_event (id),
    user_id  bigint not null references user_account (id),
    primary key (event_id, user_id)
);
create index ix_community_event_staff_user on community_event_staff (user_id);

create table calendar_feed (
    id         bigint      not null primary key,
    version    bigint      not null,
    user_id    bigint      not null references user_account (id),
    token_hash varchar(64) not null,
    created_at timestamp   not null,
    revoked_at timestamp
);
create unique index ux_calendar_feed_token on calendar_feed (token_hash);
create index ix_calendar_feed_user on calendar_feed (user_id);

insert into cluster_lock (name) values ('calendar-reminders');
