-- Self-registration on the public pages: the event's registration settings and organizer contact,
-- a participant's short offer (structure) or needs (buyer) text, and whether the organizer approved them.
-- Written to run unchanged on H2 and PostgreSQL.

alter table events add column registration_opens_at timestamp(6) with time zone;
alter table events add column registration_closes_at timestamp(6) with time zone;
alter table events add column registration_approval boolean default false not null;
alter table events add column registration_max_structures integer;
alter table events add column organizer_name varchar(255);
alter table events add column organizer_email varchar(320);

alter table buyers add column needs varchar(1000);
alter table buyers add column approval varchar(16) default 'APPROVED' not null;
alter table buyers add column refusal_reason varchar(1000);
alter table structures add column offer varchar(1000);
alter table structures add column approval varchar(16) default 'APPROVED' not null;
alter table structures add column refusal_reason varchar(1000);
