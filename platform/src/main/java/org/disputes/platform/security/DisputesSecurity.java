package org.disputes.platform.security;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What both services' security has in common: stateless HTTP Basic, problem responses, the user directory. */
public final class DisputesSecurity {

    private DisputesSecurity() {
    }

    /** Applies the common settings; the caller adds its own authorisation rules. */
    public static HttpSecurity basics(HttpSecurity http, ProblemSecurityHandlers handlers) throws Exception {
        return http
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(basic -> basic.authenticationEntryPoint(handlers))
                .exceptionHandling(e -> e.authenticationEntryPoint(handlers).accessDeniedHandler(handlers))
                .requestCache(cache -> cache.disable())
                .headers(Customizer.withDefaults());
    }

    /** Passwords are kept hashed in memory; a configured value may already be encoded ({@code {bcrypt}…}). */
    public static UserDetailsService directory(SecurityProperties properties, PasswordEncoder encoder) {
        Map<String, DisputesPrincipal> users = properties.users().stream()
                .map(u -> new DisputesPrincipal(u.name(), encoded(u.password(), encoder), u.role(), u.partyId()))
                .collect(Collectors.toMap(DisputesPrincipal::name, Function.identity()));
        return name -> {
            DisputesPrincipal user = users.get(name);
            if (user == null) {
                throw new UsernameNotFoundException("unknown user");
            }
            return user;
        };
    }

    public static PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    private static String encoded(String password, PasswordEncoder encoder) {
        return password.startsWith("{") ? password : encoder.encode(password);
    }
}
