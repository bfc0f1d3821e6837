-- The pitch committee: its members (each with a personal review link, stored as salt and hash like the
-- participants' tokens), their declared conflicts of interest, how applications are shared among them, and
-- which member wrote a review (null: a free-text reviewer posted by the organizer through the API).
-- Everything goes with its event, its member or its structure. Written to run unchanged on H2 and PostgreSQL.

create sequence pitch_reviewers_SEQ start with 1 increment by 50;
create sequence pitch_conflicts_SEQ start with 1 increment by 50;
create sequence pitch_committees_SEQ start with 1 increment by 50;

create table pitch_reviewers (
    id bigint not null primary key,
    event_id bigint not null references events (id) on delete cascade,
    name varchar(255) not null,
    email varchar(320) not null,
    language varchar(8) not null,
    token_salt varchar(64) not null,
    token_hash varchar(64) not null unique,
    added_at timestamp(6) with time zone not null,
    reminded_at timestamp(6) with time zone,
    constraint pitch_reviewers_name unique (event_id, name)
);

create table pitch_conflicts (
    id bigint not null primary key,
    reviewer_id bigint not null references pitch_reviewers (id) on delete cascade,
    structure_id bigint not null references structures (id) on delete cascade,
    declared_at timestamp(6) with time zone not null,
    constraint pitch_conflicts_once unique (reviewer_id, structure_id)
);

create table pitch_committees (
    id bigint not null primary key,
    event_id bigint not null unique references events (id) on delete cascade,
    reviewers_per_application integer
);

alter table pitch_reviews add column member_id bigint references pitch_reviewers (id) on delete cascade;
alter table pitch_reviews add column review_comment varchar(2000);
