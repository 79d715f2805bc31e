-- The non-receipt history the policy reads (repeat claimants, courier patterns), written with the events.
create table case_history (
    case_id     uuid        primary key,
    customer_id varchar(64) not null,
    courier_id  varchar(64),
    filed_at    timestamptz not null,
    flagged     boolean     not null default false,
    refunded    boolean     not null default false
);
create index case_history_by_customer on case_history (customer_id, filed_at);
create index case_history_by_courier on case_history (courier_id, filed_at);

-- The adjudication sagas (Axon's JDBC saga store).
create table saga_entry (
    saga_id         varchar(255) primary key,
    revision        varchar(255),
    saga_type       varchar(255),
    serialized_saga bytea
);

create table association_value_entry (
    id                bigserial    primary key,
    association_key   varchar(255) not null,
    association_value varchar(255),
    saga_type         varchar(255),
    saga_id           varchar(255)
);
create index association_value_entry_lookup on association_value_entry (saga_type, association_key, association_value);
create index association_value_entry_by_saga on association_value_entry (saga_id, saga_type);

-- Deadlines (db-scheduler), claimed through PostgreSQL so each fires on exactly one node.
create table scheduled_tasks (
    task_name            text                     not null,
    task_instance        text                     not null,
    task_data            bytea,
    execution_time       timestamp with time zone not null,
    picked               boolean                  not null,
    picked_by            text,
    last_success         timestamp with time zone,
    last_failure         timestamp with time zone,
    consecutive_failures int,
    last_heartbeat       timestamp with time zone,
    version              bigint                   not null,
    priority             smallint,
    primary key (task_name, task_instance)
);
create index scheduled_tasks_execution_time on scheduled_tasks (execution_time);
create index scheduled_tasks_last_heartbeat on scheduled_tasks (last_heartbeat);
create index scheduled_tasks_priority_execution_time on scheduled_tasks (priority desc, execution_time asc);
