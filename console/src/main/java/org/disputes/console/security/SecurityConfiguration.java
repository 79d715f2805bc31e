package org.disputes.console.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

import java.time.Clock;

/**
 * Who may open which page (CONSOLE.md, "Who sees what"), form sign-in against the services, CSRF on every form,
 * a strict Content-Security-Policy (no inline script or style at all) and sign-out. A page outside the person's
 * role answers the plain 403 page.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "img-src 'self'; connect-src 'self'; font-src 'self'; form-action 'self'; base-uri 'none'; "
            + "frame-ancestors 'none'";

    @Bean
    SecurityFilterChain consoleSecurity(HttpSecurity http, ServiceSignIn signIn) throws Exception {
        http.authenticationProvider(signIn)
                .authorizeHttpRequests(pages -> pages
                        .requestMatchers("/login", "/css/**", "/js/**", "/webjars/**", "/actuator/health", "/error",
                                "/forbidden").permitAll()
                        .requestMatchers("/claims/**", "/disputes/**").hasRole("AGENT")
                        .requestMatchers(HttpMethod.POST, "/cases/*/fraud-suspicion", "/cases/*/appeal")
                        .hasRole("AGENT")
                        .requestMatchers(HttpMethod.POST, "/cases/*/decision").hasRole("ESCALATION")
                        .requestMatchers("/cases/*/evidence/**", "/cases/*/evidence")
                        .hasAnyRole("AGENT", "SELLER", "CARRIER")
                        .requestMatchers("/cases/*/history", "/exports/**").hasRole("REGULATOR")
                        .requestMatchers("/cases").hasAnyRole("AGENT", "ESCALATION", "REGULATOR")
                        .requestMatchers(HttpMethod.GET, "/cases/*")
                        .hasAnyRole("AGENT", "ESCALATION", "REGULATOR", "SELLER", "CARRIER")
                        .requestMatchers("/queues/agent/**").hasAnyRole("AGENT", "ESCALATION")
                        .requestMatchers("/queues/escalation/**").hasRole("ESCALATION")
                        .requestMatchers("/couriers/**").hasAnyRole("AGENT", "ESCALATION")
                        .requestMatchers("/stats").hasAnyRole("REGULATOR", "ESCALATION")
                        .requestMatchers("/my-cases").hasAnyRole("SELLER", "CARRIER")
                        .requestMatchers("/scam-reports/**").hasRole("AGENT")
                        .requestMatchers(HttpMethod.POST, "/scam-contacts/**").hasRole("ESCALATION")
                        .requestMatchers("/scam-contacts/**", "/scam-contacts")
                        .hasAnyRole("AGENT", "ESCALATION", "REGULATOR")
                        .requestMatchers("/webhooks", "/webhooks/**").hasRole("OPERATOR")
                        .requestMatchers("/dead-letters", "/dead-letters/**").hasRole("OPERATOR")
                        .requestMatchers("/erasures/new").hasRole("PRIVACY")
                        .requestMatchers("/erasures").hasAnyRole("PRIVACY", "REGULATOR")
                        .requestMatchers("/").authenticated()
                        .anyRequest().denyAll())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", true)
                        .failureHandler((request, response, e) -> response.sendRedirect(request.getContextPath()
                                + (e instanceof AuthenticationServiceException ? "/login?down" : "/login?error"))))
                .logout(out -> out.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut")
                        .deleteCookies("CONSOLE_SESSION"))
                .exceptionHandling(e -> e.accessDeniedPage("/forbidden"))
                .sessionManagement(s -> s.invalidSessionUrl("/login?expired"))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
