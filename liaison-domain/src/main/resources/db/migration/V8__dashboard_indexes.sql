-- The home dashboard and the board count active relationships per facility in the database (grouped counts instead
-- of reading every relationship): the status they filter on, with the facility they group by.
create index ix_relationship_status_facility on relationship (status, facility_id);
