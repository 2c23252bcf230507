-- Community-event photos (#10) and exercise documents (#11): one stored-file shape (StoredFile), as bulletin
-- attachments and agreement documents. ${binary_type} is bytea on PostgreSQL and a large varbinary on H2.
create table community_event_photo (
    id           bigint         not null primary key,
    version      bigint         not null,
    event_id     bigint         not null references community_event (id),
    caption      varchar(200),
    file_name    varchar(200)   not null,
    content_type varchar(60)    not null,
    size_bytes   bigint         not null,
    sha256       varchar(64)    not null,
    content      ${binary_type} not null,
    uploaded_by  varchar(40)    not null,
    uploaded_at  timestamp      not null
);
create index ix_community_event_photo_event on community_event_photo (event_id);

create table exercise_document (
    id           bigint         not null primary key,
    version      bigint         not null,
    exercise_id  bigint         not null references exercise (id),
    file_name    varchar(200)   not null,
    content_type varchar(60)    not null,
    size_bytes   bigint         not null,
    sha256       varchar(64)    not null,
    content      ${binary_type} not null,
    uploaded_by  varchar(40)    not null,
    uploaded_at  timestamp      not null
);
create index ix_exercise_document_exercise on exercise_document (exercise_id);
