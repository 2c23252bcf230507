-- A place at an exercise given up because the person left their agency says so: the reason stays with the
-- registration (and its audit entry); a place someone gives up themselves has none.
alter table exercise_registration add column cancel_reason varchar(500);
