-- The review list a director or an auditor reads without a facility filter is ordered newest first: with an index in
-- that order the database reads the first page and stops, instead of sorting every review (3,500 at ten times the
-- demo data). H2 reads an index only in the direction it was built, hence "desc".
create index ix_review_occurred on review (occurred_on desc, id desc);
