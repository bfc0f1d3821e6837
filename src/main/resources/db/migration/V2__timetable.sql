-- The current timetable of each event, why pairs were left out, and the solver runs.

create sequence scheduled_meetings_SEQ start with 1 increment by 50;
create sequence unscheduled_pairs_SEQ start with 1 increment by 50;
create sequence timetable_runs_SEQ start with 1 increment by 50;

create table scheduled_meetings (
    id bigint not null primary key,
    event_id bigint not null references events (id),
    buyer_id bigint not null references buyers (id),
    structure_id bigint not null references structures (id),
    slot_date date not null,
    slot_start time(0) not null,
    slot_end time(0) not null,
    table_label varchar(64) not null,
    booked boolean not null,
    constraint scheduled_meetings_pair unique (event_id, buyer_id, structure_id)
);
create index scheduled_meetings_event on scheduled_meetings (event_id);

create table unscheduled_pairs (
    id bigint not null primary key,
    event_id bigint not null references events (id),
    buyer_ref varchar(64) not null,
    structure_ref varchar(64) not null,
    reason varchar(1000) not null
);
create index unscheduled_pairs_event on unscheduled_pairs (event_id);

create table timetable_runs (
    id bigint not null primary key,
    event_id bigint not null references events (id),
    status varchar(16) not null,
    fresh boolean not null,
    started_at timestamp(6) with time zone not null,
    ended_at timestamp(6) with time zone,
    hard_score bigint,
    unserved_structures bigint,
    total_weight bigint,
    idle_gaps bigint,
    meeting_count integer,
    served_structures integer,
    buyers_with_meetings integer,
    score_breakdown varchar(10000),
    error varchar(2000)
);
create index timetable_runs_event on timetable_runs (event_id);
