-- Events a processing group could not handle, parked instead of skipped (docs/DEAD-LETTERS.md): Axon's
-- JdbcSequencedDeadLetterQueue layout, payloads as bytea. One sequence per case: a case's later events wait behind
-- its first failure, in order (sequence_index), while every other case goes on.
create table dead_letter_entry (
    dead_letter_identifier varchar(255)  not null primary key,
    processing_group       varchar(255)  not null,
    sequence_identifier    varchar(255)  not null,
    sequence_index         bigint        not null,
    message_type           varchar(255)  not null,
    event_identifier       varchar(255)  not null,
    time_stamp             varchar(255)  not null,
    payload_type           varchar(255)  not null,
    payload_revision       varchar(255),
    payload                bytea         not null,
    meta_data              bytea,
    aggregate_type         varchar(255),
    aggregate_identifier   varchar(255),
    sequence_number        bigint,
    token_type             varchar(255),
    token                  bytea,
    enqueued_at            varchar(255)  not null,
    last_touched           varchar(255),
    processing_started     varchar(255),
    cause_type             varchar(255),
    cause_message          varchar(1023),
    diagnostics            bytea,
    constraint dead_letter_entry_sequence_index unique (processing_group, sequence_identifier, sequence_index),
    -- an event is parked once per group, though a saga's processor hands it to several segments
    constraint dead_letter_entry_event unique (processing_group, event_identifier)
);
