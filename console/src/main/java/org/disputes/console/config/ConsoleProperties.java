package org.disputes.console.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;

/**
 * Where the services are ({@code DISPUTES_COMMAND_URL}, {@code DISPUTES_QUERY_URL}), the zone dates are shown in,
 * and how long a service may take to answer before the console says it is not answering.
 *
 * @param commandUrl     the command service's base address ({@code DISPUTES_COMMAND_URL}, default
 *                       {@code http://localhost:8081})
 * @param queryUrl       the query service's base address ({@code DISPUTES_QUERY_URL}, default
 *                       {@code http://localhost:8082})
 * @param zone           the time zone the pages show dates and times in ({@code DISPUTES_CONSOLE_ZONE}, default
 *                       {@code Europe/Paris})
 * @param serviceTimeout how long a service may take to answer before the page says it is not answering (default
 *                       10 s)
 */
@ConfigurationProperties("disputes.console")
public record ConsoleProperties(URI commandUrl, URI queryUrl, ZoneId zone, Duration serviceTimeout) {
}
