-- Who answered a meeting request and when, and the moment after which participants' answers are frozen.
-- Written to run unchanged on H2 and PostgreSQL.

alter table meeting_requests add column answered_by varchar(64);
alter table meeting_requests add column answered_at timestamp(6) with time zone;
alter table events add column answers_frozen_at timestamp(6) with time zone;
