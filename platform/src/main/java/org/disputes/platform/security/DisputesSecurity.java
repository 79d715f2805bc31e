package org.disputes.platform.security;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.converter.RsaKeyConverters;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What both services' security has in common: stateless sign-in (Basic or JWT), problem responses, the user directory. */
public final class DisputesSecurity {

    static final String SPRING_JWT = "spring.security.oauth2.resourceserver.jwt";

    private DisputesSecurity() {
    }

    /** Applies the common settings and the deployment's sign-in; the caller adds its own authorisation rules. */
    public static HttpSecurity basics(HttpSecurity http, SignIn signIn) throws Exception {
        ProblemSecurityHandlers handlers = signIn.handlers();
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .exceptionHandling(e -> e.authenticationEntryPoint(handlers).accessDeniedHandler(handlers))
                .requestCache(cache -> cache.disable())
                .headers(Customizer.withDefaults());
        signIn.configure(http);
        return http;
    }

    /** Passwords are kept hashed in memory; a configured value may already be encoded ({@code {bcrypt}…}). */
    public static UserDetailsService directory(SecurityProperties properties, PasswordEncoder encoder) {
        Map<String, DisputesPrincipal> users = properties.directory().stream()
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

    /** Bcrypt (or whatever a stored hash names), verified once per user and password for ten minutes. */
    public static PasswordEncoder passwordEncoder() {
        return new VerifiedPasswords(PasswordEncoderFactories.createDelegatingPasswordEncoder(), Duration.ofMinutes(10),
                10_000);
    }

    /**
     * A decoder for tokens signed with the RSA key at {@code location} (PEM, {@code BEGIN PUBLIC KEY}), checking
     * their times and, when Spring's {@code issuer-uri} or {@code audiences} are set, their issuer and audience.
     */
    public static JwtDecoder publicKeyDecoder(String location, ResourceLoader resources, Environment environment) {
        Resource resource = resources.getResource(location);
        RSAPublicKey key;
        try (InputStream in = resource.getInputStream()) {
            key = RsaKeyConverters.x509().convert(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the JWT public key at " + location, e);
        }
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(key).build();
        Binder binder = Binder.get(environment);
        String issuer = binder.bind(SPRING_JWT + ".issuer-uri", String.class).orElse(null);
        List<String> audiences = binder.bind(SPRING_JWT + ".audiences", Bindable.listOf(String.class))
                .orElse(List.of());
        List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>();
        validators.add(issuer == null ? JwtValidators.createDefault() : JwtValidators.createDefaultWithIssuer(issuer));
        if (!audiences.isEmpty()) {
            validators.add(new JwtClaimValidator<Collection<String>>(JwtClaimNames.AUD,
                    aud -> aud != null && aud.stream().anyMatch(audiences::contains)));
        }
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(validators));
        return decoder;
    }

    private static String encoded(String password, PasswordEncoder encoder) {
        return password.startsWith("{") ? password : encoder.encode(password);
    }
}
