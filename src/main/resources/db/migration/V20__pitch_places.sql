-- The running order's places move off pitch_applications into their own table so that a structure selected
-- without an application (imported, or set by hand) holds a stored place too: announced times then never move
-- for a structure that keeps its place. Written to run unchanged on H2 and PostgreSQL.

create table pitch_places (
    structure_id bigint not null primary key references structures (id) on delete cascade,
    event_id bigint not null references events (id),
    place integer not null
);
create index pitch_places_event on pitch_places (event_id);

insert into pitch_places (structure_id, event_id, place)
    select structure_id, event_id, pitch_order from pitch_applications where pitch_order is not null;

alter table pitch_applications drop column pitch_order;

-- an application deleted by the organizer leaves the structure with no pitch status: the audit says "to nothing"
alter table pitch_audit alter column to_status drop not null;
