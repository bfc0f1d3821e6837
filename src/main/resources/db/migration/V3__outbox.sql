-- Emails waiting to be sent (transactional outbox).

create sequence outbox_messages_SEQ start with 1 increment by 50;

create table outbox_messages (
    id bigint not null primary key,
    event_id bigint not null references events (id),
    recipient_ref varchar(64) not null,
    recipient_email varchar(320) not null,
    recipient_name varchar(500),
    kind varchar(64) not null,
    subject varchar(1000) not null,
    text_body text not null,
    html_body text,
    ics_attachment text,
    status varchar(16) not null,
    attempts integer not null,
    last_error varchar(2000),
    next_attempt_at timestamp(6) with time zone not null,
    created_at timestamp(6) with time zone not null,
    sent_at timestamp(6) with time zone
);
create index outbox_messages_due on outbox_messages (status, next_attempt_at);
create index outbox_messages_event on outbox_messages (event_id);
