-- lz4 compresses a view several times faster than PostgreSQL's default (pglz): writing views, live and in a
-- rebuild, spent much of the database's time compressing them. A server built without lz4 keeps the default.
do $$
begin
    alter table case_view alter column view set compression lz4;
exception
    when feature_not_supported then null;
end
$$;
