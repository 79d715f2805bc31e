package org.disputes.query;

import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import javax.sql.DataSource;

/**
 * The event store the query service reads belongs to the command service, whose Flyway creates it; a test of the
 * query service alone has no command service. This creates the store's tables in the test database with the
 * command service's own migration (copied to {@code db/command} by the build), while the context starts: every
 * bean is created before any event processor starts polling.
 */
@TestConfiguration(proxyBeanMethods = false)
public class CommandEventStoreForTests {

    /** An initializer, not a {@code Flyway} bean: one would make Spring Boot skip the query schema's own migration. */
    @Bean
    InitializingBean commandEventStoreTables(DataSource dataSource) {
        return () -> Flyway.configure()
                .dataSource(dataSource)
                .schemas("command")
                .locations("classpath:db/command")
                .load()
                .migrate();
    }
}
