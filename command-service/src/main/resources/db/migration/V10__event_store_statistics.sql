-- The event store is read by its keys (a case's events, the events after a position, an event's id), through unique
-- indexes that any statistics choose; the regulator's statistics and exports also filter it by type and time, whose
-- few values and range a small sample describes as well. An analyze samples 300 rows for each point of its columns'
-- largest statistics target: at the default, 100, it read 30,000 of the store's rows, about every page of a store up
-- to 240 MB, each time autovacuum found a tenth of it new (0.3 s of a core at 79,000 events, in a burst the desk's
-- latency felt). At 10 it reads 3,000 rows.
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
