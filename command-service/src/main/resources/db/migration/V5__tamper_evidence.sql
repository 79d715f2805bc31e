-- Tamper evidence: each case's events form a hash chain, fixed at write time over the bytes stored.
--   hash = sha256(previous_hash || field_1 || … || field_n), every field prefixed by its length (4 bytes,
--   big-endian) so that no two different events can produce the same input; the first event of a stream
--   chains to 32 zero bytes. The query service's audit API recomputes it (docs/AUDIT.md).
alter table domain_event_entry add column previous_hash bytea, add column hash bytea;

create function chain_link(value bytea) returns bytea language sql immutable as $$
    select int4send(coalesce(length(value), 0)) || coalesce(value, ''::bytea)
$$;

create function chain_event() returns trigger language plpgsql as $$
declare
    previous bytea;
begin
    if new.sequence_number = 0 then
        previous := decode(repeat('00', 32), 'hex');
    else
        select e.hash into previous from command.domain_event_entry e
        where e.aggregate_identifier = new.aggregate_identifier and e.sequence_number = new.sequence_number - 1;
        if previous is null then
            raise exception 'event % of % has no predecessor to chain to', new.sequence_number, new.aggregate_identifier;
        end if;
    end if;
    new.previous_hash := previous;
    new.hash := sha256(previous
        || command.chain_link(convert_to(new.event_identifier, 'UTF8'))
        || command.chain_link(convert_to(new.aggregate_identifier, 'UTF8'))
        || command.chain_link(convert_to(new.sequence_number::text, 'UTF8'))
        || command.chain_link(convert_to(new.type, 'UTF8'))
        || command.chain_link(convert_to(new.timestamp, 'UTF8'))
        || command.chain_link(convert_to(new.payload_type, 'UTF8'))
        || command.chain_link(convert_to(new.payload_revision, 'UTF8'))
        || command.chain_link(new.payload)
        || command.chain_link(new.meta_data));
    return new;
end
$$;

create trigger domain_event_entry_chain before insert on domain_event_entry
    for each row execute function chain_event();

-- Events are facts: nobody updates or deletes them, whatever their grants (only a superuser who disables
-- this trigger can, and the hash chain then shows it).
create function refuse_rewriting_history() returns trigger language plpgsql as $$
begin
    raise exception 'events are immutable: % on % refused', tg_op, tg_table_name;
end
$$;

create trigger domain_event_entry_immutable before update or delete on domain_event_entry
    for each row execute function refuse_rewriting_history();
create trigger domain_event_entry_no_truncate before truncate on domain_event_entry
    for each statement execute function refuse_rewriting_history();
