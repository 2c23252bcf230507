-- The audit trail is append-only, and on PostgreSQL (the production database) the database holds to that too:
-- an UPDATE, DELETE or TRUNCATE of audit_event fails whoever sends it, the application's own role included.
-- Repeatable (R__) and PostgreSQL-only: the shared migrations in db/migration stay the same on both databases.
create or replace function audit_event_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end
$$;

drop trigger if exists audit_event_no_change on audit_event;
create trigger audit_event_no_change before update or delete on audit_event
    for each row execute function audit_event_refuse_change();

drop trigger if exists audit_event_no_truncate on audit_event;
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_refuse_change();
