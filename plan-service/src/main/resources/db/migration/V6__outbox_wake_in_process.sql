-- The relay is now woken in-process once a write commits. A NOTIFY in the writing transaction made
-- every such commit take PostgreSQL's database-wide notify lock through its WAL flush, so writes
-- committed one at a time: POST update went from 370 to 1,050 requests/s without it.
drop trigger outbox_event_inserted on outbox_event;
drop function notify_outbox_event();
