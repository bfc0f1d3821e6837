-- Who arrived on the day of the event, recorded at the welcome desk; an undo deletes the row.
-- Written to run unchanged on H2 and PostgreSQL.

create table check_ins (
    event_id bigint not null references events (id) on delete cascade,
    participant_ref varchar(255) not null,
    arrived_at timestamp not null,
    primary key (event_id, participant_ref)
);

-- The welcome desk's link (role staff): one per event, opening only that event's day pages; revoking deletes it.
-- As for participants, the token derives from the salt under the server secret and only its hash is looked up.
create table staff_links (
    event_id bigint not null primary key references events (id) on delete cascade,
    token_salt varchar(255) not null,
    token_hash varchar(255) not null unique,
    created_at timestamp not null
);

-- Who the desk marked absent: their meetings are flagged as freed; an undo deletes the row.
create table absences (
    event_id bigint not null references events (id) on delete cascade,
    participant_ref varchar(255) not null,
    marked_at timestamp not null,
    primary key (event_id, participant_ref)
);
