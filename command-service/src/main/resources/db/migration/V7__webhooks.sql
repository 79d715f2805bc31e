-- Webhooks (API.md "Webhooks (OPERATOR)", docs/WEBHOOKS.md): subscriptions, the deliveries the event store
-- drives, and every attempt at each. A delivery row is written by the webhooks event processor in the transaction
-- that advances its token, so no event is lost or queued twice; workers claim due rows with FOR UPDATE SKIP LOCKED.

create table webhook_subscription (
    id                     uuid primary key,
    url                    varchar(2048) not null,
    events                 varchar(32)[] not null,
    seller_id              varchar(64),
    carrier_id             varchar(64),
    description            varchar(500),
    active                 boolean       not null,
    -- AES-256-GCM (12-byte nonce, then ciphertext and tag) under disputes.webhooks.secret-key: HMAC needs the
    -- secret itself, so it cannot be hashed
    secret                 bytea         not null,
    -- the secret a rotation replaced, still signing beside the new one until previous_secret_until
    previous_secret        bytea,
    previous_secret_until  timestamptz,
    created_by             varchar(255)  not null,
    created_at             timestamptz   not null,
    updated_at             timestamptz   not null
);

create table webhook_delivery (
    id               uuid primary key,
    -- the order deliveries were queued in: per (subscription, case) the order of the case's events
    sequence         bigint generated always as identity unique,
    subscription_id  uuid          not null references webhook_subscription (id) on delete cascade,
    event_id         varchar(255)  not null,
    event_type       varchar(32)   not null,
    case_id          uuid          not null,
    -- the exact body sent (and signed), fixed when the delivery is queued
    body             text          not null,
    status           varchar(16)   not null,
    attempts         integer       not null default 0,
    created_at       timestamptz   not null,
    -- retries go on until retry_from + disputes.webhooks.retry-for; a redelivery by hand starts a new period
    retry_from       timestamptz   not null,
    next_attempt_at  timestamptz   not null,
    -- a worker holds the row while it sends; a worker that died lets go when this passes
    claimed_until    timestamptz,
    delivered_at     timestamptz,
    unique (subscription_id, event_id)
);

create index webhook_delivery_due on webhook_delivery (next_attempt_at) where status = 'PENDING';
create index webhook_delivery_case_pending on webhook_delivery (subscription_id, case_id, sequence)
    where status = 'PENDING';
create index webhook_delivery_by_subscription on webhook_delivery (subscription_id, sequence);

create table webhook_attempt (
    delivery_id   uuid          not null references webhook_delivery (id) on delete cascade,
    attempt       integer       not null,
    attempted_at  timestamptz   not null,
    status_code   integer,
    duration_ms   integer       not null,
    error         varchar(500),
    -- at most 1 KiB of the receiver's answer
    answer        varchar(1024),
    primary key (delivery_id, attempt)
);
