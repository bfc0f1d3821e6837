-- Call for pitches: the call's settings and criteria, applications (with an optional PDF dossier),
-- committee reviews, the audit trail of pitch statuses, and which status each structure was told about.
-- Rows hanging off a structure go with it when the structure is deleted; the audit keeps refs only.
-- Written to run unchanged on H2 and PostgreSQL.

create sequence pitch_calls_SEQ start with 1 increment by 50;
create sequence pitch_applications_SEQ start with 1 increment by 50;
create sequence pitch_dossiers_SEQ start with 1 increment by 50;
create sequence pitch_reviews_SEQ start with 1 increment by 50;
create sequence pitch_audit_SEQ start with 1 increment by 50;
create sequence pitch_notices_SEQ start with 1 increment by 50;

create table pitch_calls (
    id bigint not null primary key,
    event_id bigint not null unique references events (id),
    opens_at timestamp(6) with time zone not null,
    closes_at timestamp(6) with time zone not null,
    waitlist_size integer not null,
    coaching_at timestamp(0),
    coaching_place varchar(500),
    selected_at timestamp(6) with time zone,
    selected_by varchar(255),
    updated_at timestamp(6) with time zone not null
);

create table pitch_criteria (
    call_id bigint not null references pitch_calls (id),
    position integer not null,
    name varchar(64) not null,
    weight double precision not null,
    primary key (call_id, position)
);

create table pitch_applications (
    id bigint not null primary key,
    event_id bigint not null references events (id),
    structure_id bigint not null unique references structures (id) on delete cascade,
    presentation varchar(5000) not null,
    offer varchar(5000) not null,
    social_impact varchar(5000) not null,
    pitch_order integer,
    submitted_at timestamp(6) with time zone not null,
    submitted_by varchar(255) not null
);
create index pitch_applications_event on pitch_applications (event_id);

create table pitch_application_references (
    application_id bigint not null references pitch_applications (id) on delete cascade,
    position integer not null,
    reference_text varchar(1000) not null,
    primary key (application_id, position)
);

create table pitch_dossiers (
    id bigint not null primary key,
    application_id bigint not null unique references pitch_applications (id) on delete cascade,
    content bytea not null,
    size_bytes integer not null,
    uploaded_at timestamp(6) with time zone not null
);

create table pitch_reviews (
    id bigint not null primary key,
    application_id bigint not null references pitch_applications (id) on delete cascade,
    reviewer varchar(255) not null,
    created_at timestamp(6) with time zone not null,
    updated_at timestamp(6) with time zone not null,
    constraint pitch_reviews_once unique (application_id, reviewer)
);

create table pitch_review_scores (
    review_id bigint not null references pitch_reviews (id) on delete cascade,
    criterion varchar(64) not null,
    score integer not null,
    primary key (review_id, criterion)
);

create table pitch_audit (
    id bigint not null primary key,
    event_id bigint not null references events (id),
    structure_ref varchar(64) not null,
    actor varchar(255) not null,
    changed_at timestamp(6) with time zone not null,
    from_status varchar(32),
    to_status varchar(32) not null,
    pitch_rank integer,
    reason varchar(2000) not null
);
create index pitch_audit_event on pitch_audit (event_id);

create table pitch_notices (
    id bigint not null primary key,
    event_id bigint not null references events (id),
    structure_id bigint not null references structures (id) on delete cascade,
    status varchar(32) not null,
    kind varchar(64) not null,
    outbox_message_id bigint not null references outbox_messages (id),
    created_at timestamp(6) with time zone not null
);
create index pitch_notices_structure on pitch_notices (structure_id);
