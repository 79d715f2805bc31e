-- What a case's work queue sorts and filters on, kept beside the view by every save:
--   tier   the escalation tier while the case waits for the escalation team (null otherwise);
--   due_by when the next thing falls due: the escalation's due date while it waits for people, the response
--          window's end while it is OPEN, null once nothing is due.
alter table case_view add column tier varchar(16), add column due_by timestamptz;

-- Views written before this version knew no escalations; an OPEN one is due when its response window ends.
update case_view set due_by = cast(view ->> 'responseDueBy' as timestamptz) where status = 'OPEN';

-- the agent queue (status OPEN) and the escalation queue (ESCALATED, APPEALED), each by what falls due first
create index case_view_queue on case_view (status, due_by, case_id);
create index case_view_escalation_tier on case_view (tier, due_by, case_id) where tier is not null;

-- Facts on couriers' records (events of the CourierRecord aggregate): a signal raised on one of their cases ...
create table courier_flag (
    courier_id varchar(64) not null,
    case_id    uuid        not null,
    signal     varchar(64) not null,
    flagged_at timestamptz not null,
    primary key (courier_id, case_id, signal)
);

-- ... and the fraud referrals opened for them, one per pattern, naming the cases that formed it (comma-separated).
create table courier_referral (
    courier_id  varchar(64) not null,
    referral_id varchar(255) not null,
    opened_at   timestamptz not null,
    case_ids    text        not null,
    primary key (referral_id)
);
create index courier_referral_by_courier on courier_referral (courier_id);
