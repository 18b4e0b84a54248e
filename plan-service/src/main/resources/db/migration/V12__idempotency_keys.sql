-- Creating POSTs sent with an Idempotency-Key (draft-ietf-httpapi-idempotency-key-header): the first request's
-- answer, replayed to a retry with the same key and body. A row without a status is a request still in progress.
create table idempotency_key (
    caller       text        not null,
    key          text        not null,
    request      text        not null,
    body_hash    text,
    status       integer,
    location     text,
    etag         text,
    content_type text,
    body         text,
    created_at   timestamptz not null default now(),
    primary key (caller, key)
);
create index idempotency_key_created_at on idempotency_key (created_at);
