package org.disputes.query.config;

import org.disputes.platform.security.DisputesSecurity;
import org.disputes.platform.security.SignIn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/** Who may read what (API.md, "Who may do what"). The query service changes nothing, so it answers only GET. */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain querySecurity(HttpSecurity http, SignIn signIn) throws Exception {
        return DisputesSecurity.basics(http, signIn)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/error").permitAll()
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**").authenticated()
                        .requestMatchers(HttpMethod.GET, "/api/audit/**").hasRole("REGULATOR")
                        .requestMatchers(HttpMethod.GET, "/api/stats").hasAnyRole("REGULATOR", "ESCALATION")
                        .requestMatchers(HttpMethod.GET, "/api/cases", "/api/cases/**")
                        .hasAnyRole("AGENT", "ESCALATION", "REGULATOR")
                        .requestMatchers(HttpMethod.GET, "/api/queues/escalation").hasRole("ESCALATION")
                        .requestMatchers(HttpMethod.GET, "/api/queues/agent").hasAnyRole("AGENT", "ESCALATION")
                        .requestMatchers(HttpMethod.GET, "/api/couriers/**").hasAnyRole("AGENT", "ESCALATION")
                        .anyRequest().denyAll())
                .build();
    }
}
