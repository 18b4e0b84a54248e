-- Each running instance says it is alive every few seconds; a digest it claimed is taken over by
-- another instance as soon as its heartbeat is older than the instance timeout, not after the lease.
create table delivery_instance (
    id            uuid        primary key,
    started_at    timestamptz not null,
    heartbeat_at  timestamptz not null
);

-- The instance holding a SENDING digest's claim; null for claims made before instances were tracked,
-- which fall back to the lease.
alter table digest add column claimed_by uuid;
create index digest_claimed_by on digest (claimed_by) where status = 'SENDING';
