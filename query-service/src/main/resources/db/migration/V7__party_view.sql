-- The party view (API.md): a seller or a carrier lists the cases that name it. The party ids are read from the view
-- itself, so every way a view is written (live, batched, rebuilt) keeps them right without knowing of them; text,
-- not varchar(n), so that no id the command service accepts can stop the projection.
alter table case_view
    add column seller_id text generated always as (view ->> 'sellerId') stored,
    add column carrier_id text generated always as (view ->> 'carrierId') stored;
create index case_view_by_seller on case_view (seller_id, filed_at desc);
create index case_view_by_carrier on case_view (carrier_id, filed_at desc);
