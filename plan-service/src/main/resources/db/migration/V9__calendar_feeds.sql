-- Calendar feeds (RFC 5545) at unguessable URLs: calendar clients cannot send bearer tokens, so the
-- token in the URL is the credential. Only its SHA-256 hash is kept: a copy of this table opens no feed.
create table calendar_feed (
    id              uuid primary key,
    token_hash      bytea        not null unique check (octet_length(token_hash) = 32),
    scope           varchar(16)  not null check (scope in ('ORGANISATION', 'OWNER')),
    -- ORGANISATION: that organisation's published plans; OWNER: the actions this address owns
    organisation_id uuid references organisation (id) on delete cascade,
    owner_email     varchar(320),
    created_at      timestamptz  not null,
    created_by      text         not null,
    -- a revoked feed answers 404 and is kept for the record of who revoked it
    revoked_at      timestamptz,
    revoked_by      text,
    -- backs the ETag; revoking needs If-Match like every other DELETE
    version         bigint       not null default 0,
    check ((scope = 'ORGANISATION' and organisation_id is not null and owner_email is null)
        or (scope = 'OWNER' and owner_email is not null and organisation_id is null))
);

create index calendar_feed_created_by_idx on calendar_feed (created_by) where revoked_at is null;
