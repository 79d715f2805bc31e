-- A view is written whole far more often than anything reads inside it: each batch of the live projection writes
-- its cases' views, a rebuild writes every view, and the API reads them back whole. As jsonb every write had the
-- database parse the view, sort its keys and build its binary form, and every read print it again: in a rebuild's
-- profile (perf, README's tuning log) jsonb_recv alone was a tenth of the machine. As json the server only checks
-- the text is JSON and keeps it as written. What queries read inside every view becomes columns the service writes
-- beside it: the decision's author and instant (the regulator's statistics), and the seller and carrier (the party
-- view; generated from the view until now). A courier's record still reads inside views, its one courier's few.
alter table case_view
    alter column seller_id drop expression,
    alter column carrier_id drop expression,
    add column decided_by text,
    add column decided_at timestamptz;

update case_view
set decided_by = view -> 'decision' ->> 'decidedBy',
    decided_at = cast(view -> 'decision' ->> 'decidedAt' as timestamptz)
where jsonb_typeof(view -> 'decision') = 'object';

-- Rewrites the table once, the views compressed (lz4 where the server has it) and kept in their rows, as V3 and V4
-- had them.
do $$
begin
    alter table case_view
        alter column view type json using cast(view as json),
        alter column view set storage main,
        alter column view set compression lz4;
exception
    when feature_not_supported then
        alter table case_view
            alter column view type json using cast(view as json),
            alter column view set storage main;
end
$$;
