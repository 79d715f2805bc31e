package org.disputes.query;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The read side: tails the event store into case views and serves them. It never writes an event. */
@OpenAPIDefinition(info = @Info(title = "Disputes query service", version = "1", description = """
        The read side of the delivery-claim and dispute desk (API.md): cases and their timelines, work queues, courier \
        records, a party's own cases, scam contacts and their STIX export, the regulator's audit (events, hash-chain \
        verification, state as of an instant, export) and statistics. Every refusal is `application/problem+json` with \
        a stable `code`."""))
@SpringBootApplication
@ConfigurationPropertiesScan
public class QueryServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(QueryServiceApplication.class, args);
    }
}
