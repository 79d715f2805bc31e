-- A case's timeline is only ever read by its case, through its primary key: an analyze of the table need not sample
-- 30,000 rows (the default statistics target, 100, times 300) each time autovacuum finds a tenth of it new. At 10 it
-- samples 3,000 (see the command side's V10, for the event store).
alter table case_timeline
    alter column case_id set statistics 10,
    alter column sequence set statistics 10,
    alter column at set statistics 10,
    alter column actor set statistics 10,
    alter column role set statistics 10,
    alter column type set statistics 10,
    alter column summary set statistics 10;
