-- Progress of the query side's projections through the event store.
create table token_entry (
    processor_name varchar(255) not null,
    segment        integer      not null,
    token          bytea,
    token_type     varchar(255),
    timestamp      varchar(255),
    owner          varchar(255),
    primary key (processor_name, segment)
);

-- One row a case: the columns the case list filters on, and the whole view as the API shows it.
create table case_view (
    case_id      uuid        primary key,
    kind         varchar(32) not null,
    status       varchar(16) not null,
    jurisdiction varchar(2)  not null,
    customer_id  varchar(64) not null,
    courier_id   varchar(64),
    filed_at     timestamptz not null,
    version      bigint      not null,
    view         jsonb       not null
);
create index case_view_newest_first on case_view (filed_at desc, case_id);
create index case_view_by_customer on case_view (customer_id, filed_at desc);
create index case_view_by_courier on case_view (courier_id, filed_at desc);
create index case_view_by_status on case_view (status, filed_at desc);

-- What happened to a case, a sentence a step, in the order it happened.
create table case_timeline (
    case_id  uuid         not null,
    sequence bigint       not null,
    at       timestamptz  not null,
    actor    varchar(64),
    role     varchar(32),
    type     varchar(64)  not null,
    summary  text         not null,
    primary key (case_id, sequence)
);
