-- Whether each meeting of the agendas sent took place, as each side said it from their personal page
-- (issue #15 item 5). One row per meeting and side; changing one's answer updates the row.
-- A meeting is the pair (buyer, structure), as the agendas' calendar UIDs have it.
-- Written to run unchanged on H2 and PostgreSQL.

create table meeting_held_answers (
    event_id bigint not null references events (id) on delete cascade,
    buyer_ref varchar(255) not null,
    structure_ref varchar(255) not null,
    -- the ref of the side that answered: buyer_ref or structure_ref
    answered_by varchar(255) not null,
    held boolean not null,
    answered_at timestamp(6) with time zone not null,
    primary key (event_id, buyer_ref, structure_ref, answered_by)
);
