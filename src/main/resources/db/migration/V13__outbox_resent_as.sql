-- A message resent by hand points to the copy that was written to send it again (null: never resent), so
-- "resend all failed" resends each failed message once and the console shows which ones were dealt with.
-- Written to run unchanged on H2 and PostgreSQL.

alter table outbox_messages add column resent_as bigint;
