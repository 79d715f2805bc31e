-- The event store is only ever looked up by its keys (a case's events, the events after a position, an event's id),
-- through unique indexes that any statistics choose. An analyze samples 300 rows for each point of its columns'
-- largest statistics target: at the default, 100, it read 30,000 of the store's rows, about all its pages up to
-- 240 MB, each time autovacuum found a tenth of it new (about 0.5 s of a core per 50,000 events, in one burst that
-- the desk's latency felt). At 10 it reads 3,000 rows, and the few types of event still fit in its common values.
alter table domain_event_entry
    alter column global_index set statistics 10,
    alter column event_identifier set statistics 10,
    alter column aggregate_identifier set statistics 10,
    alter column sequence_number set statistics 10,
    alter column type set statistics 10,
    alter column timestamp set statistics 10,
    alter column payload_type set statistics 10,
    alter column payload_revision set statistics 10,
    alter column payload set statistics 10,
    alter column meta_data set statistics 10,
    alter column previous_hash set statistics 10,
    alter column hash set statistics 10;
