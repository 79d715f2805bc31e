package org.disputes.command.config;

import org.disputes.platform.openapi.ApiDocumentConfiguration;
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
 * before the command is sent ({@code web.EvidenceAccess}). The regulator changes nothing. Only operators manage
 * webhooks (and read their delivery metrics).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain commandSecurity(HttpSecurity http, SignIn signIn) throws Exception {
        return DisputesSecurity.basics(http, signIn)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/livez", "/readyz", "/error")
                        .permitAll()
                        // served on the management port only, which stays on the host (README, "Operating it")
                        .requestMatchers("/actuator/prometheus").permitAll()
                        // Swagger UI's page and assets hold no data; the document they show needs a signed-in user
                        .requestMatchers(ApiDocumentConfiguration.SWAGGER_UI).permitAll()
                        .requestMatchers(ApiDocumentConfiguration.DOCUMENT).authenticated()
                        .requestMatchers(HttpMethod.GET, "/api/me").authenticated()
                        .requestMatchers(HttpMethod.POST, "/api/delivery-claims", "/api/disputes").hasRole("AGENT")
                        .requestMatchers(HttpMethod.POST, "/api/cases/*/evidence")
                        .hasAnyRole("AGENT", "CARRIER", "SELLER")
                        .requestMatchers(HttpMethod.POST, "/api/cases/*/fraud-suspicion", "/api/cases/*/appeal")
                        .hasRole("AGENT")
                        .requestMatchers(HttpMethod.POST, "/api/cases/*/decision").hasRole("ESCALATION")
                        .requestMatchers(HttpMethod.POST, "/api/scam-reports").hasRole("AGENT")
                        .requestMatchers(HttpMethod.POST, "/api/scam-contacts/*/confirm", "/api/scam-contacts/*/dismiss",
                                "/api/scam-contacts/*/takedown-requested", "/api/scam-contacts/*/taken-down",
                                "/api/scam-contacts/*/referred").hasRole("ESCALATION")
                        // a customer's erasure (GDPR art. 17): the privacy officer only
                        .requestMatchers(HttpMethod.POST, "/api/customers/*/erasure").hasRole("PRIVACY")
                        // webhook subscriptions and their deliveries, and the delivery metrics
                        .requestMatchers("/api/webhooks", "/api/webhooks/**").hasRole("OPERATOR")
                        .requestMatchers("/actuator/metrics", "/actuator/metrics/**").hasRole("OPERATOR")
                        // the saga's and the webhooks' dead letters (docs/DEAD-LETTERS.md)
                        .requestMatchers("/api/dead-letters", "/api/dead-letters/**").hasRole("OPERATOR")
                        .anyRequest().denyAll())
                .build();
    }
}
