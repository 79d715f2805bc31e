-- The command side's case history now records every case, claims and disputes alike, with its kind (the policy's
-- counts keep to non-receipt cases) and the parties it is against (a carrier or a seller acts only on its own
-- cases). V3 is left to the idempotency keys.
alter table case_history add column kind varchar(32);
alter table case_history add column seller_id varchar(64);
alter table case_history add column carrier_id varchar(64);

-- every case recorded before this version is a delivery claim; their parties are read from their first event
update case_history set kind = 'ITEM_NOT_RECEIVED' where kind is null;
alter table case_history alter column kind set not null;

drop index case_history_by_customer;
drop index case_history_by_courier;
create index case_history_by_customer on case_history (customer_id, kind, filed_at);
create index case_history_by_courier on case_history (courier_id, kind, filed_at);
