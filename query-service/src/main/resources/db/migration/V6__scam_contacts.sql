-- Scam contacts (events of the ScamContact aggregate), projected in the case views' processing group and rebuilt
-- with them. One row per contact, as normalised by the command side; the id is derived from channel and contact.
create table scam_contact (
    contact_id        uuid          primary key,
    channel           varchar(16)   not null,
    contact           varchar(2048) not null,
    status            varchar(16)   not null,
    first_reported_at timestamptz   not null,
    last_reported_at  timestamptz   not null,
    -- the time of the contact's latest event: what an export's "since" compares with
    updated_at        timestamptz   not null,
    -- the last event of the contact's stream applied to this row: a redelivered event changes nothing
    last_sequence     bigint        not null
);
create index scam_contact_by_status on scam_contact (status, updated_at);

-- Every report of a contact: who reported it (the pseudonymous customer id), the case it names, what was lost.
create table scam_report (
    report_id          uuid          primary key,
    contact_id         uuid          not null,
    customer_id        varchar(64)   not null,
    case_id            uuid,
    impersonated_brand varchar(200)  not null,
    url                varchar(2048),
    description        text,
    occurred_at        timestamptz,
    amount_value       numeric(21, 6),
    amount_currency    char(3),
    payment_method     varchar(32),
    reported_at        timestamptz   not null,
    reported_by        varchar(128)
);
create index scam_report_by_contact on scam_report (contact_id, reported_at);
create index scam_report_by_case on scam_report (case_id) where case_id is not null;

-- A contact's history in sentences, one per event, in stream order.
create table scam_contact_history (
    contact_id uuid         not null,
    sequence   bigint       not null,
    at         timestamptz  not null,
    actor      varchar(128),
    role       varchar(32),
    type       varchar(64)  not null,
    summary    text         not null,
    primary key (contact_id, sequence)
);
