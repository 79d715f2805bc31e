package org.disputes.command;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.disputes.platform.privacy.PersonalDataSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Spring Boot 4.1 and Axon 4.13 start together, wired the way DESIGN.md chose. */
@SpringBootTest
class CommandServiceStartsTest {

    @Autowired
    EventStorageEngine storageEngine;
    @Autowired
    TransactionManager transactionManager;
    @Autowired
    Serializer serializer;
    @Autowired
    @Qualifier("eventSerializer")
    Serializer eventSerializer;

    @Test
    void startsOnTheJdbcEventStoreWithSpringTransactionsAndJackson3() {
        assertThat(storageEngine).isInstanceOf(JdbcEventStorageEngine.class);
        assertThat(transactionManager).isInstanceOf(SpringTransactionManager.class);
        assertThat(serializer).isInstanceOf(Jackson3Serializer.class);
        // events' personal fields sealed on the way in and opened on the way out (docs/PRIVACY.md)
        assertThat(eventSerializer).isInstanceOf(PersonalDataSerializer.class);
        assertThat(((PersonalDataSerializer) eventSerializer).delegate()).isInstanceOf(Jackson3Serializer.class);
    }
}
