-- The personal space's meeting wishes: an optional message with a request and with its answer, and the event's
-- limit of requests awaiting an answer per participant (null: the default, 15). Runs unchanged on H2 and PostgreSQL.

alter table meeting_requests add column message varchar(1000);
alter table meeting_requests add column answer_message varchar(1000);
alter table events add column max_pending_requests integer;
