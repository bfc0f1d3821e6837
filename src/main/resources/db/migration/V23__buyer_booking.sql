-- Whether the buyers of an event may book slots themselves (the event file's registration.buyerBooking);
-- existing events keep allowing it. Runs unchanged on H2 and PostgreSQL.

alter table events add column buyer_booking boolean default true not null;
