-- Idempotency-Key (API.md, "Reliability headers"): one row per signed-in user and key. The first request
-- claims the key (IN_FLIGHT); its answer (2xx or 4xx) is kept and replayed to every repeat (COMPLETED).
create table idempotency_key (
    owner                 text         not null,
    key                   varchar(255) not null,
    -- SHA-256 of method, path and body: the same key with another request is refused
    request_hash          bytea        not null,
    state                 varchar(16)  not null check (state in ('IN_FLIGHT', 'COMPLETED')),
    response_status       integer,
    response_content_type varchar(255),
    response_location     text,
    response_body         bytea,
    created_at            timestamptz  not null default now(),
    primary key (owner, key),
    constraint idempotency_key_answer check (state = 'IN_FLIGHT' or response_status is not null)
);
-- the purge deletes by age
create index idempotency_key_created_at on idempotency_key (created_at);
