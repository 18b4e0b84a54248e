-- notification-service owns this database. tracked_plan and tracked_action are a view built only
-- from plan events (rebuildable from the topic); notification is the ledger of alerts, digest the
-- emails that carry them.

create table processed_event (
    source        text        not null,
    id            text        not null,
    type          text        not null,
    processed_at  timestamptz not null default now(),
    primary key (source, id)
);
create index processed_event_by_age on processed_event (processed_at);

create table tracked_plan (
    id                       uuid        primary key,
    organisation_id          uuid,
    title                    text,
    executive_lead_name      text,
    executive_lead_email     text,
    reporting_interval_days  integer     not null,
    deleted                  boolean     not null default false,
    version                  bigint      not null,
    updated_at               timestamptz not null
);

-- executive_lead_email and reporting_interval_days are copied from the plan (by both plan and
-- action events, whichever arrives last) so that the scan reads one table.
create table tracked_action (
    id                       uuid        primary key,
    plan_id                  uuid        not null,
    organisation_id          uuid,
    organisation_name        text,
    recommendation_number    text,
    sub_point_ref            text,
    description              text,
    owner_name               text,
    owner_email              text,
    executive_lead_email     text,
    target_date              date,
    status                   text        not null,
    latest_update_at         timestamptz,
    created_at               timestamptz,
    reporting_interval_days  integer     not null,
    -- The last day the action counts as up to date: the day of its latest update (or creation)
    -- plus the reporting interval, so that staleness is a range scan.
    stale_after              date,
    deleted                  boolean     not null default false,
    open                     boolean     generated always as (not deleted and status not in ('COMPLETE', 'CLOSED')) stored,
    version                  bigint      not null,
    updated_at               timestamptz not null
);
create index tracked_action_by_plan on tracked_action (plan_id);
-- The scan reads open actions only, through these; they cover what it needs to find due alerts
-- (index-only scans), so that the heap is read only for the alerts actually raised.
create index tracked_action_open_by_target_date on tracked_action (target_date)
    include (id, organisation_id, owner_email, executive_lead_email) where open;
create index tracked_action_open_by_stale_after on tracked_action (stale_after)
    include (id, organisation_id, target_date, owner_email, executive_lead_email, reporting_interval_days) where open;

create table recipient_preference (
    email             text        primary key,
    lead_days         integer[],
    digest_frequency  text        not null default 'DAILY',
    muted             boolean     not null default false,
    unsubscribed_at   timestamptz,
    updated_at        timestamptz not null,
    version           bigint      not null default 0
);

-- One email to one recipient. status: SENDING (claimed until lease_until by claim_token),
-- PENDING (waiting for next_attempt_at), SENT (accepted by the SMTP server), FAILED (gave up
-- after the maximum attempts), CANCELLED (nothing left to say, or the recipient unsubscribed).
create table digest (
    id               uuid        primary key,
    recipient_email  text        not null,
    scan_id          uuid        not null,
    as_of            date        not null,
    status           text        not null,
    attempts         integer     not null default 0,
    next_attempt_at  timestamptz not null,
    claim_token      uuid,
    lease_until      timestamptz,
    last_error       text,
    subject          text,
    item_count       integer,
    created_at       timestamptz not null,
    sent_at          timestamptz,
    constraint digest_one_per_recipient_per_scan unique (scan_id, recipient_email)
);
create index digest_due on digest (next_attempt_at) where status = 'PENDING';
create index digest_leased on digest (lease_until) where status = 'SENDING';
create index digest_by_recipient on digest (recipient_email, created_at desc);

-- The ledger: one alert about one action to one recipient. threshold depends on kind:
-- DEADLINE_APPROACHING the lead time in days, OVERDUE the repetition (0 for the first report),
-- STALE the day the reminder fell due, as days since 1970-01-01. The action's details are not
-- copied: digests show them as tracked_action has them when sent. digest_id is null while the
-- alert waits for the recipient's weekly digest; it has no foreign key because the scan writes
-- both tables in one statement, and checking the 100,000 rows of a backfill took a second.
create table notification (
    id               uuid        primary key,
    action_id        uuid        not null,
    kind             text        not null,
    threshold        integer     not null,
    target_date      date,
    recipient_email  text        not null,
    recipient_role   text        not null,
    escalated        boolean     not null,
    as_of            date        not null,
    scan_id          uuid        not null,
    digest_id        uuid,
    cancelled_at     timestamptz,
    created_at       timestamptz not null
);
-- At most once per (action, kind, threshold, target date) to each role: restarts, redelivered
-- events and concurrent instances all meet this key.
create unique index notification_once
    on notification (action_id, kind, threshold, coalesce(target_date, 'infinity'::date), recipient_role);
create index notification_by_recipient on notification (recipient_email, as_of desc);
create index notification_by_digest on notification (digest_id);
create index notification_awaiting_digest on notification (recipient_email)
    where digest_id is null and cancelled_at is null;
