-- Lists a director or an auditor reads without a facility filter are ordered by a date: without an index that starts
-- with it, the database reads and sorts every row for each page (90,000 disclosures, 4,500 bulletins, 17,500
-- corrective actions at ten times the demo data). With one, it reads the first page in order and stops.
create index ix_disclosure_disclosed on disclosure (disclosed_on, id);
create index ix_bulletin_created on bulletin (created_at, id);
create index ix_corrective_action_due on corrective_action (due_on, id);
create index ix_engagement_facility_date on engagement (facility_id, occurred_on);
create index ix_engagement_date on engagement (occurred_on);
-- A person's notifications, newest first.
create index ix_notification_recipient_created on notification (recipient_id, created_at);
-- The audit trail only grows: an auditor's search by action or by kind of record, newest first, reads the index in
-- order instead of walking the whole trail by time for a rare action.
create index ix_audit_event_action_time on audit_event (action, occurred_at);
create index ix_audit_event_type_time on audit_event (record_type, occurred_at);
