-- What each participant was last sent as their agenda, so a later send only writes to the
-- participants whose meetings changed, and says what changed.

create sequence agenda_publications_SEQ start with 1 increment by 50;

create table agenda_publications (
    id bigint not null primary key,
    event_id bigint not null references events (id),
    participant_ref varchar(64) not null,
    -- 0 at the first publication, +1 each time this participant's meetings change (ICS SEQUENCE)
    version integer not null,
    -- the meetings published, as JSON: [{buyer, structure, date, start, end, table}]
    meetings text not null,
    published_at timestamp(6) with time zone not null,
    -- the outbox row that carried this version
    message_id bigint,
    constraint agenda_publications_once unique (event_id, participant_ref)
);
create index agenda_publications_event on agenda_publications (event_id);
