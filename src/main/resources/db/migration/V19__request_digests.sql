-- What a participant is to be told of their meeting requests (a new request asked of them, an answer to theirs),
-- gathered into one digest email at most every OPENMAP_DIGEST_EVERY (fr.openmap.digest). A note is told once:
-- told_at and message_id are set in the transaction that writes the digest to the outbox.
-- Refs, not keys, for the participants and the request: a note outlives neither (checked when the digest is written).
-- Written to run unchanged on H2 and PostgreSQL.

create sequence digest_notes_SEQ start with 1 increment by 50;

create table digest_notes (
    id bigint not null primary key,
    event_id bigint not null references events (id) on delete cascade,
    recipient_ref varchar(32) not null,
    request_id bigint not null,
    kind varchar(32) not null,
    counterpart_ref varchar(32) not null,
    created_at timestamp(6) with time zone not null,
    told_at timestamp(6) with time zone,
    message_id bigint
);

create index digest_notes_untold on digest_notes (told_at, created_at);
