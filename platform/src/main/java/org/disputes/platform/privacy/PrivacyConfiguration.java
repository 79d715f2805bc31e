package org.disputes.platform.privacy;

import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.util.Optional;

/**
 * Customers' personal data in the event store, sealed under keys of their own (docs/PRIVACY.md): the keys, and the
 * event serializer both services read and write events with, wrapped to seal and open it.
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration"})
@ConditionalOnBean(DataSource.class)
@EnableConfigurationProperties(PrivacyProperties.class)
public class PrivacyConfiguration {

    /** The bean name under which Axon's auto-configuration declares the serializer of events. */
    static final String EVENT_SERIALIZER = "eventSerializer";

    @Bean
    PersonalKeys personalKeys(DataSource dataSource, PrivacyProperties properties) {
        return new PersonalKeys(JdbcClient.create(dataSource), properties);
    }

    @Bean
    PersonalDataCipher personalDataCipher(PersonalKeys keys) {
        return new PersonalDataCipher(keys);
    }

    /** The query side stores no events, so it need not say whose case is whose. */
    @Bean
    DataSubjects dataSubjects(ObjectProvider<DataSubjects.CaseCustomers> cases) {
        return new DataSubjects(caseId -> Optional.ofNullable(cases.getIfAvailable())
                .flatMap(known -> known.customerOf(caseId)));
    }

    @Bean
    static BeanPostProcessor sealingEventSerializer(ObjectProvider<PersonalDataCipher> cipher,
                                                    ObjectProvider<PersonalKeys> keys,
                                                    ObjectProvider<DataSubjects> subjects) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (!EVENT_SERIALIZER.equals(name) || !(bean instanceof Serializer)
                        || bean instanceof PersonalDataSerializer) {
                    return bean;
                }
                if (!(bean instanceof Jackson3Serializer json)) {
                    // sealing reads and rewrites the stored JSON: any other form would store personal data in clear
                    throw new IllegalStateException("Personal data is sealed in JSON events only: set"
                            + " axon.serializer.events=jackson3 (docs/PRIVACY.md)");
                }
                return new PersonalDataSerializer(json, cipher.getObject(), keys.getObject(), subjects.getObject());
            }
        };
    }

    @EventListener(ApplicationReadyEvent.class)
    void rotate(ApplicationReadyEvent ready) {
        PrivacyProperties properties = ready.getApplicationContext().getBean(PrivacyProperties.class);
        if (!properties.previousMasterKeys().isEmpty()) {
            ready.getApplicationContext().getBean(PersonalKeys.class).rewrapUnderCurrentMasterKey();
        }
    }
}
