-- Core schema of plan-service. Every mutable table carries a version for optimistic
-- concurrency (ETag / If-Match) and who changed it last, so authorisation and audit fit
-- without reshaping. Ids are UUIDs so that they can travel in events and imports.

create table organisation (
    id          uuid primary key,
    code        varchar(32)  not null,
    name        varchar(200) not null,
    kind        varchar(32)  not null,
    created_at  timestamptz  not null,
    created_by  varchar(200) not null,
    updated_at  timestamptz  not null,
    updated_by  varchar(200) not null,
    version     bigint       not null
);
create unique index organisation_code_key on organisation (lower(code));
create unique index organisation_name_key on organisation (lower(name));

create table source (
    id           uuid primary key,
    title        varchar(500)  not null,
    publisher    varchar(300),
    published_on date,
    url          varchar(2000),
    created_at   timestamptz   not null,
    created_by   varchar(200)  not null,
    updated_at   timestamptz   not null,
    updated_by   varchar(200)  not null,
    version      bigint        not null
);

-- JSON arrays are stored as text: the reactive driver binds only JSON objects to jsonb.
-- addressees: ["Chief Constables", "Home Office"]; sub_points: [{"ref": "7.1", "text": "..."}]
create table recommendation (
    id          uuid primary key,
    source_id   uuid          not null references source (id),
    number      varchar(16)   not null,
    position    integer       not null,
    text        text          not null,
    addressees  text          not null default '[]',
    deadline    date,
    sub_points  text          not null default '[]',
    created_at  timestamptz   not null,
    created_by  varchar(200)  not null,
    updated_at  timestamptz   not null,
    updated_by  varchar(200)  not null,
    version     bigint        not null,
    constraint recommendation_number_key unique (source_id, number)
);

create table plan (
    id                      uuid primary key,
    organisation_id         uuid          not null references organisation (id),
    source_id               uuid          not null references source (id),
    title                   varchar(300)  not null,
    executive_lead_name     varchar(200),
    executive_lead_role     varchar(200),
    executive_lead_email    varchar(320),
    operational_lead_name   varchar(200),
    operational_lead_role   varchar(200),
    operational_lead_email  varchar(320),
    governance_body         varchar(300),
    review_date             date,
    version_label           varchar(100),
    state                   varchar(16)   not null,
    published_at            timestamptz,
    reporting_interval_days integer       not null default 90,
    created_at              timestamptz   not null,
    created_by              varchar(200)  not null,
    updated_at              timestamptz   not null,
    updated_by              varchar(200)  not null,
    version                 bigint        not null,
    -- one organisation answers one source with one plan, revised over time
    constraint plan_organisation_source_key unique (organisation_id, source_id)
);
create index plan_source_idx on plan (source_id);

-- documents: [{"title": "...", "url": "..."}]
create table action (
    id                    uuid primary key,
    plan_id               uuid          not null references plan (id),
    organisation_id       uuid          not null references organisation (id),
    recommendation_id     uuid          not null references recommendation (id),
    recommendation_number varchar(16)   not null,
    sub_point_ref         varchar(16),
    position              integer       not null,
    description           text          not null,
    owner_name            varchar(200),
    owner_role            varchar(200),
    owner_email           varchar(320),
    target_date           date,
    status                varchar(32)   not null,
    status_label          varchar(200),
    rag                   varchar(8),
    percent_complete      integer check (percent_complete between 0 and 100),
    documents             text          not null default '[]',
    latest_update_at      timestamptz,
    created_at            timestamptz   not null,
    created_by            varchar(200)  not null,
    updated_at            timestamptz   not null,
    updated_by            varchar(200)  not null,
    version               bigint        not null
);
create index action_plan_idx on action (plan_id, position);
create index action_organisation_idx on action (organisation_id, target_date);
create index action_owner_email_idx on action (lower(owner_email));
create index action_status_idx on action (status, target_date);
create index action_rag_idx on action (rag);
create index action_recommendation_idx on action (recommendation_number);
create index action_target_date_idx on action (target_date);
create index action_latest_update_idx on action (latest_update_at);

create table action_update (
    id                   uuid primary key,
    action_id            uuid          not null references action (id),
    plan_id              uuid          not null,
    organisation_id      uuid          not null,
    recorded_at          timestamptz   not null,
    period               varchar(100),
    reported_on          date,
    author_name          varchar(200),
    author_role          varchar(200),
    author_subject       varchar(200)  not null,
    text                 text          not null,
    new_status           varchar(32),
    new_rag              varchar(8),
    new_percent_complete integer check (new_percent_complete between 0 and 100),
    revision             integer       not null,
    withdrawn_at         timestamptz,
    withdrawn_by         varchar(200),
    updated_at           timestamptz   not null,
    version              bigint        not null
);
create index action_update_action_idx on action_update (action_id, recorded_at);

-- Every earlier text of an update, so an edit never loses history.
create table action_update_revision (
    update_id            uuid          not null references action_update (id),
    revision             integer       not null,
    period               varchar(100),
    reported_on          date,
    author_name          varchar(200),
    author_role          varchar(200),
    text                 text          not null,
    new_status           varchar(32),
    new_rag              varchar(8),
    new_percent_complete integer,
    recorded_at          timestamptz   not null,
    replaced_at          timestamptz   not null,
    replaced_by          varchar(200)  not null,
    primary key (update_id, revision)
);

-- Transactional outbox: written in the same transaction as the change it describes; the relay
-- publishes rows in position order and marks them sent once Kafka acknowledged them.
create table outbox_event (
    position      bigserial     primary key,
    event_id      uuid          not null unique,
    topic         varchar(200)  not null,
    partition_key varchar(100)  not null,
    type          varchar(200)  not null,
    payload       text          not null,
    created_at    timestamptz   not null,
    sent_at       timestamptz
);
create index outbox_event_unsent_idx on outbox_event (position) where sent_at is null;

-- Who changed what, kept after the outbox row is cleaned up.
create table audit_entry (
    id              bigserial     primary key,
    occurred_at     timestamptz   not null,
    actor_subject   varchar(200)  not null,
    actor_name      varchar(200),
    organisation_id uuid,
    resource_type   varchar(32)   not null,
    resource_id     uuid          not null,
    event_type      varchar(200)  not null,
    event_id        uuid          not null,
    changes         text          not null default '[]'
);
create index audit_entry_organisation_idx on audit_entry (organisation_id, occurred_at);
create index audit_entry_resource_idx on audit_entry (resource_id, occurred_at);
