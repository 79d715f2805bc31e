-- Customers' own keys (docs/PRIVACY.md): the personal fields of their events are stored only encrypted under one,
-- and the key only wrapped by the master key the operator provides (master_key_id names which, by a digest).
-- Deleting a customer's row is their erasure: nothing can read their personal data again, while the events, and
-- the hash chain over them, stay as they were. One live key per customer; events name keys by key_id only.
create table customer_key (
    key_id        uuid        primary key,
    customer_id   varchar(64) not null unique,
    wrapped_key   bytea       not null,
    master_key_id varchar(16) not null,
    created_at    timestamptz not null default now()
);
create index customer_key_by_master on customer_key (master_key_id);
