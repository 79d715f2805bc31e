package org.disputes.platform.deadletter;

import java.util.List;

/**
 * What a service parks: the table its dead letters live in (Axon's dead-letter layout, migrated by the service) and
 * its processing groups. Declaring this bean is what turns parking on ({@link DeadLetterConfiguration}).
 *
 * @param table  schema-qualified, such as {@code query.dead_letter_entry}
 * @param groups every processing group of the service whose failing events are parked instead of skipped
 */
public record DeadLetterGroups(String table, List<Group> groups) {

    public DeadLetterGroups {
        groups = List.copyOf(groups);
    }

    /** One processing group: its name, which is also its event processor's. */
    public record Group(String name) {
    }
}
