-- The W3C traceparent of the span that recorded the change (the HTTP request), so that the relay, on its own
-- thread and possibly on another instance, publishes the event in the same trace. Null when the write was not
-- traced (tracing off) and for rows written before this column existed.
alter table outbox_event add column traceparent text;
