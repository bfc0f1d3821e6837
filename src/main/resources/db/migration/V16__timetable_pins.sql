-- The organizer's hand edits of the timetable, kept for later solves: a pair pinned at a slot, or kept out
-- (no slot). A pin goes with its participants.
create sequence timetable_pins_SEQ start with 1 increment by 50;

create table timetable_pins (
    id bigint not null primary key,
    event_id bigint not null references events (id),
    buyer_id bigint not null,
    structure_id bigint not null,
    slot_date date,
    slot_start time(0),
    constraint timetable_pins_pair unique (event_id, buyer_id, structure_id),
    constraint fk_timetable_pins_buyer foreign key (buyer_id) references buyers (id) on delete cascade,
    constraint fk_timetable_pins_structure foreign key (structure_id) references structures (id) on delete cascade
);
create index timetable_pins_event on timetable_pins (event_id);

alter table scheduled_meetings add column pinned boolean default false not null;
