package org.disputes.query.config;

import org.disputes.platform.openapi.ApiDocumentConfiguration;
import org.disputes.platform.security.DisputesSecurity;
import org.disputes.platform.security.SignIn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may read what (API.md, "Who may do what"). The query service changes nothing, so it answers only GET, but for
 * the operators' handling of the views' dead letters. A seller
 * or a carrier reads its own cases and each of them alone (the party view); which cases are its own is the
 * controllers' business, as it depends on the case.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain querySecurity(HttpSecurity http, SignIn signIn) throws Exception {
        return DisputesSecurity.basics(http, signIn)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/livez", "/readyz", "/error")
                        .permitAll()
                        // served on the management port only, which stays on the host (README, "Operating it")
                        .requestMatchers("/actuator/prometheus").permitAll()
                        .requestMatchers("/actuator/metrics", "/actuator/metrics/**").hasRole("OPERATOR")
                        // Swagger UI's page and assets hold no data; the document they show needs a signed-in user
                        .requestMatchers(ApiDocumentConfiguration.SWAGGER_UI).permitAll()
                        .requestMatchers(ApiDocumentConfiguration.DOCUMENT).authenticated()
                        .requestMatchers(HttpMethod.GET, "/api/me").authenticated()
                        .requestMatchers(HttpMethod.GET, "/api/audit/**").hasRole("REGULATOR")
                        .requestMatchers(HttpMethod.GET, "/api/erasures").hasAnyRole("PRIVACY", "REGULATOR")
                        .requestMatchers(HttpMethod.GET, "/api/stats").hasAnyRole("REGULATOR", "ESCALATION")
                        .requestMatchers(HttpMethod.GET, "/api/parties/me/cases").hasAnyRole("SELLER", "CARRIER")
                        .requestMatchers(HttpMethod.GET, "/api/cases/*")
                        .hasAnyRole("AGENT", "ESCALATION", "REGULATOR", "SELLER", "CARRIER")
                        .requestMatchers(HttpMethod.GET, "/api/cases", "/api/cases/**")
                        .hasAnyRole("AGENT", "ESCALATION", "REGULATOR")
                        .requestMatchers(HttpMethod.GET, "/api/queues/escalation").hasRole("ESCALATION")
                        .requestMatchers(HttpMethod.GET, "/api/queues/agent").hasAnyRole("AGENT", "ESCALATION")
                        .requestMatchers(HttpMethod.GET, "/api/couriers/**").hasAnyRole("AGENT", "ESCALATION")
                        .requestMatchers(HttpMethod.GET, "/api/scam-contacts/export").hasAnyRole("ESCALATION", "REGULATOR")
                        .requestMatchers(HttpMethod.GET, "/api/scam-contacts", "/api/scam-contacts/**")
                        .hasAnyRole("AGENT", "ESCALATION", "REGULATOR")
                        // the views' dead letters: listed, retried, evicted (docs/DEAD-LETTERS.md)
                        .requestMatchers("/api/dead-letters", "/api/dead-letters/**").hasRole("OPERATOR")
                        .anyRequest().denyAll())
                .build();
    }
}
