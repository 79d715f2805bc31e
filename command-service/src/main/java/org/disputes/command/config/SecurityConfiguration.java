package org.disputes.command.config;

import org.disputes.platform.security.DisputesSecurity;
import org.disputes.platform.security.SignIn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may send which command (API.md, "Who may do what"), by role. Carriers and sellers may submit evidence at
 * all here; that they do so only as their own party and on their own cases is checked against the case's parties
 * before the command is sent ({@code web.EvidenceAccess}). The regulator changes nothing.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain commandSecurity(HttpSecurity http, SignIn signIn) throws Exception {
        return DisputesSecurity.basics(http, signIn)
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
