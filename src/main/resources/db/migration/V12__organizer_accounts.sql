-- Organizer accounts: who may sign in to the console and call the API as the organizer. Only a
-- bcrypt hash of each password is stored. The first account comes from OPENMAP_ORGANIZER_USER /
-- OPENMAP_ORGANIZER_PASSWORD at start-up (fr.openmap.access.OrganizerAccounts).
-- Written to run unchanged on H2 and PostgreSQL.

create sequence organizer_accounts_SEQ start with 1 increment by 50;

create table organizer_accounts (
    id bigint not null primary key,
    username varchar(255) not null,
    password_hash varchar(255) not null,
    created_at timestamp(6) with time zone not null,
    -- who added it: another organizer's user name, or "configuration" for the first account
    created_by varchar(255) not null,
    constraint organizer_accounts_username unique (username)
);
