-- Who arrived on the day of the event, recorded at the welcome desk; an undo deletes the row.
-- Written to run unchanged on H2 and PostgreSQL.

create table check_ins (
    event_id bigint not null references events (id) on delete cascade,
    participant_ref varchar(255) not null,
    arrived_at timestamp not null,
    primary key (event_id, participant_ref)
);
