-- Events, their programme, buyers, structures, meeting requests and bookings.
-- Written to run unchanged on H2 (the embedded default) and PostgreSQL.

create sequence events_SEQ start with 1 increment by 50;
create sequence programme_items_SEQ start with 1 increment by 50;
create sequence buyers_SEQ start with 1 increment by 50;
create sequence structures_SEQ start with 1 increment by 50;
create sequence meeting_requests_SEQ start with 1 increment by 50;
create sequence bookings_SEQ start with 1 increment by 50;

create table events (
    id bigint not null primary key,
    slug varchar(100) not null unique,
    title varchar(500) not null,
    theme varchar(500),
    venue varchar(500),
    event_date date not null,
    timezone varchar(64) not null,
    pitch_places integer not null,
    table_count integer not null,
    created_at timestamp(6) with time zone not null
);

create table programme_items (
    id bigint not null primary key,
    event_id bigint not null references events (id),
    position integer not null,
    kind varchar(32) not null,
    title varchar(500) not null,
    item_date date not null,
    start_time time(0) not null,
    end_time time(0) not null,
    slot_minutes integer,
    changeover_minutes integer
);
create index programme_items_event on programme_items (event_id);

create table buyers (
    id bigint not null primary key,
    event_id bigint not null references events (id),
    ref varchar(64) not null,
    organization varchar(500) not null,
    service varchar(500),
    contact_name varchar(255) not null,
    email varchar(320) not null,
    max_meetings integer,
    table_label varchar(64),
    language varchar(8) not null,
    token_salt varchar(64) not null,
    token_hash varchar(64) not null unique,
    constraint buyers_event_ref unique (event_id, ref)
);

create table buyer_interests (
    buyer_id bigint not null references buyers (id),
    position integer not null,
    interest varchar(255) not null,
    primary key (buyer_id, position)
);

create table buyer_unavailability (
    buyer_id bigint not null references buyers (id),
    position integer not null,
    window_date date not null,
    start_time time(0) not null,
    end_time time(0) not null,
    primary key (buyer_id, position)
);

create table structures (
    id bigint not null primary key,
    event_id bigint not null references events (id),
    ref varchar(64) not null,
    name varchar(500) not null,
    legal_form varchar(32) not null,
    siret varchar(14) not null,
    department varchar(3) not null,
    sector varchar(500),
    contact_name varchar(255) not null,
    email varchar(320) not null,
    representatives integer not null,
    max_meetings integer,
    pitch_status varchar(32),
    pitch_rank integer,
    language varchar(8) not null,
    token_salt varchar(64) not null,
    token_hash varchar(64) not null unique,
    constraint structures_event_ref unique (event_id, ref)
);

create table structure_unavailability (
    structure_id bigint not null references structures (id),
    position integer not null,
    window_date date not null,
    start_time time(0) not null,
    end_time time(0) not null,
    primary key (structure_id, position)
);

create table meeting_requests (
    id bigint not null primary key,
    event_id bigint not null references events (id),
    buyer_id bigint not null references buyers (id),
    structure_id bigint not null references structures (id),
    from_buyer boolean not null,
    priority integer not null,
    status varchar(16) not null,
    created_at timestamp(6) with time zone not null,
    constraint meeting_requests_once unique (buyer_id, structure_id, from_buyer)
);
create index meeting_requests_event on meeting_requests (event_id);

create table bookings (
    id bigint not null primary key,
    event_id bigint not null references events (id),
    buyer_id bigint not null references buyers (id),
    structure_id bigint not null references structures (id),
    slot_date date not null,
    slot_start time(0) not null,
    constraint bookings_pair_once unique (buyer_id, structure_id),
    constraint bookings_buyer_slot unique (buyer_id, slot_date, slot_start)
);
create index bookings_event on bookings (event_id);
