-- A view compresses to about 2 KB, just over the size at which PostgreSQL moves a value out of its row into the
-- table's TOAST relation: every write of a view then went to two relations and their indexes, and every read inside
-- views (the statistics) fetched each one from the second. Storage MAIN keeps the value compressed in its row, out of
-- line only as a last resort. Measured on 156,250 rebuilt views: writing them 11.0 -> 9.9 s, reading 20,000 of them
-- 586 -> 457 ms, a statistics count over all of them 354 -> 145 ms; the table grows from 366 to 441 MB.
-- Views already stored move into their rows when next written (a rebuild writes them all).
alter table case_view alter column view set storage main;
