-- Wakes the outbox relay as soon as a transaction that wrote events commits (NOTIFY is
-- delivered on commit only, and once per transaction for identical payloads).
create function notify_outbox_event() returns trigger language plpgsql as $$
begin
    perform pg_notify('outbox_event', '');
    return null;
end;
$$;

create trigger outbox_event_inserted
    after insert on outbox_event
    for each statement execute function notify_outbox_event();
