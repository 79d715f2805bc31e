package org.disputes.command.config;

import org.disputes.platform.security.DisputesSecurity;
import org.disputes.platform.security.ProblemSecurityHandlers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may send which command (API.md, "Who may do what"). Carriers' and sellers' binding to their own cases is
 * refined with the full access rules; here they may submit evidence at all.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain commandSecurity(HttpSecurity http, ProblemSecurityHandlers handlers) throws Exception {
        return DisputesSecurity.basics(http, handlers)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/error").permitAll()
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**").authenticated()
                        .requestMatchers(HttpMethod.POST, "/api/delivery-claims", "/api/disputes").hasRole("AGENT")
                        .requestMatchers(HttpMethod.POST, "/api/cases/*/evidence")
                        .hasAnyRole("AGENT", "CARRIER", "SELLER")
                        .requestMatchers(HttpMethod.POST, "/api/cases/*/fraud-suspicion", "/api/cases/*/appeal")
                        .hasRole("AGENT")
                        .requestMatchers(HttpMethod.POST, "/api/cases/*/decision").hasRole("ESCALATION")
                        .anyRequest().denyAll())
                .build();
    }
}
