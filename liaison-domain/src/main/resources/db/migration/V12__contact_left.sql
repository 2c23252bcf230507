-- A contact who has left their agency stays on record (engagements, meetings, exercises and the affiliation history
-- name them) but is no longer offered as someone to call or to name on anything new.
alter table contact add column left_on date;
