-- The erasure register (API.md, GET /api/erasures): who erased which customer's personal data, when, on which
-- request and basis, and how many events it concerned. Filled from CustomerErased events, like every view.
create table erasure (
    customer_id      text        not null,
    sequence         bigint      not null,
    reference        text        not null,
    basis            text        not null,
    erased_by        text,
    erased_at        timestamptz not null,
    events_concerned integer     not null,
    primary key (customer_id, sequence)
);
create index erasure_by_time on erasure (erased_at desc);
