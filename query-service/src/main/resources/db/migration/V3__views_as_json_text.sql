-- A view is written whole and read whole; the database never searches inside it but for a few statistics. Kept as
-- json (the text as written, checked to be JSON) rather than jsonb, it is stored without being parsed into jsonb's
-- binary form and read without being printed back: a rebuild spent most of the database's time on that.
alter table case_view alter column view type json using view::json;

-- lz4 compresses a view several times faster than PostgreSQL's default; a server built without it keeps the default.
do $$
begin
    alter table case_view alter column view set compression lz4;
exception
    when feature_not_supported then null;
end
$$;
