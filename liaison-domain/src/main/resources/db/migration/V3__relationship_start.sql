-- A relationship's cadence clock starts on the day the relationship started, until its first engagement: one
-- created today is within cadence, not "lapsed, never engaged".
alter table relationship add column started_on date;

-- Existing relationships started when their creation was audited; when that is not on record (relationships loaded
-- as demo data), on the day of their first engagement; when they have neither, the clock starts with this
-- migration, the day Liaison began keeping the date.
update relationship set started_on = coalesce(
    (select cast(min(a.occurred_at) as date) from audit_event a
        where a.record_type = 'Relationship' and a.action = 'CREATE' and a.record_id = relationship.id),
    (select min(e.occurred_on) from engagement e
        where e.facility_id = relationship.facility_id and e.agency_id = relationship.agency_id),
    current_date);

alter table relationship alter column started_on set not null;
