-- The secondary indexes of case_view a rebuild dropped while it loads the views, to be built again when it is done,
-- or, should it be cut short, when the service next starts.
create table deferred_index (
    name       varchar(63) primary key,
    definition text        not null
);
