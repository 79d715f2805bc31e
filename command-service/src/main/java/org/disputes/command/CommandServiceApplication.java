package org.disputes.command;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The write side: commands over HTTP, the DisputeCase aggregate, events in PostgreSQL. */
@OpenAPIDefinition(info = @Info(title = "Disputes command service", version = "1", description = """
        The write side of the delivery-claim and dispute desk (API.md): claims and disputes open cases, evidence, \
        suspicions, decisions and appeals change them, every accepted command answering the case's new version; scam \
        reports and what the escalation team does with scam contacts; webhook subscriptions. Every refusal is \
        `application/problem+json` with a stable `code`. POSTs take an `Idempotency-Key`; case commands an `If-Match` \
        version."""))
@SpringBootApplication
@ConfigurationPropertiesScan
public class CommandServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(CommandServiceApplication.class, args);
    }
}
