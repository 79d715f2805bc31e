package org.disputes.platform;

import org.disputes.platform.idempotency.IdempotencyFilter;
import org.disputes.platform.idempotency.IdempotencyProperties;
import org.disputes.platform.idempotency.IdempotencyStore;
import org.disputes.platform.security.DisputesSecurity;
import org.disputes.platform.security.DisputesUser;
import org.disputes.platform.security.JwtPrincipalConverter;
import org.disputes.platform.security.MeController;
import org.disputes.platform.security.NoSignInConfigured;
import org.disputes.platform.security.SignIn;
import org.disputes.platform.security.SignInMode;
import org.disputes.platform.security.ProblemSecurityHandlers;
import org.disputes.platform.security.SecurityProperties;
import org.disputes.platform.web.AdmissionFilter;
import org.disputes.platform.web.BodySizeLimitFilter;
import org.disputes.platform.web.ProblemErrorController;
import org.disputes.platform.web.ProblemHandlers;
import org.disputes.platform.web.ProblemWriter;
import org.disputes.platform.web.StrictJson;
import org.disputes.platform.web.TomcatProblemReports;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jackson.autoconfigure.JsonFactoryBuilderCustomizer;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.json.JsonMapper;

import javax.sql.DataSource;
import java.time.Duration;

/** The edge both services share, switched on by having this module on the class path. */
@AutoConfiguration(beforeName = "org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration")
@EnableConfigurationProperties(SecurityProperties.class)
@Import({ProblemHandlers.class, ProblemErrorController.class, MeController.class})
public class PlatformAutoConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(PlatformAutoConfiguration.class);

    @Bean
    ProblemWriter problemWriter(JsonMapper json) {
        return new ProblemWriter(json);
    }

    /** What Tomcat refuses before any servlet sees it is a problem response too, not Tomcat's HTML page. */
    @Bean
    TomcatProblemReports tomcatProblemReports(JsonMapper json) {
        return new TomcatProblemReports(json);
    }

    @Bean
    FilterRegistrationBean<BodySizeLimitFilter> bodySizeLimitFilter(
            @Value("${disputes.http.max-body-size:256KB}") DataSize limit, ProblemWriter problems) {
        FilterRegistrationBean<BodySizeLimitFilter> registration =
                new FilterRegistrationBean<>(new BodySizeLimitFilter(limit.toBytes(), problems));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /**
     * At most {@code disputes.http.admission.limit} requests of the API in hand at once, the others waiting their
     * turn up to {@code disputes.http.admission.wait} ({@link AdmissionFilter}); a service that sets no limit lets
     * every request in. After Spring Security, so that a request nobody may send is refused without waiting, and
     * before the {@code Idempotency-Key}'s filter, the first to use the database.
     */
    @Bean
    @ConditionalOnProperty("disputes.http.admission.limit")
    FilterRegistrationBean<AdmissionFilter> admissionFilter(
            @Value("${disputes.http.admission.limit}") int limit,
            @Value("${disputes.http.admission.wait:PT5S}") Duration wait, ProblemWriter problems,
            @Value("${spring.security.filter.order:" + Idempotency.SECURITY_FILTER_ORDER + "}") int securityOrder,
            ObjectProvider<MeterRegistry> metrics) {
        AdmissionFilter admission = new AdmissionFilter(limit, wait, problems);
        metrics.ifAvailable(registry -> Gauge.builder("disputes.http.requests.waiting", admission,
                        AdmissionFilter::waiting)
                .description("requests of the API waiting to be let in (disputes.http.admission.limit)")
                .register(registry));
        FilterRegistrationBean<AdmissionFilter> registration = new FilterRegistrationBean<>(admission);
        registration.addUrlPatterns("/api/*");
        registration.setOrder(securityOrder + 5);
        return registration;
    }

    /**
     * {@code Idempotency-Key} on POST, for a service that names the table keeping the keys
     * ({@code disputes.idempotency.table}); the query service, which takes no POST, does not.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty("disputes.idempotency.table")
    @EnableConfigurationProperties(IdempotencyProperties.class)
    static class Idempotency {

        /** Spring Boot's default order of the security filter chain ({@code SecurityFilterProperties}). */
        static final int SECURITY_FILTER_ORDER = -100;

        /**
         * Runs after the body limit (first of all) and after Spring Security, whose signed-in user scopes the
         * keys, wherever {@code spring.security.filter.order} puts it.
         */
        @Bean
        FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(
                IdempotencyProperties settings, DataSource dataSource, ProblemWriter problems,
                @Value("${spring.security.filter.order:" + SECURITY_FILTER_ORDER + "}") int securityOrder,
                ObjectProvider<MeterRegistry> metrics) {
            IdempotencyStore store = new IdempotencyStore(JdbcClient.create(dataSource), settings.table());
            MeterRegistry registry = metrics.getIfAvailable();
            Runnable replayed = registry == null ? () -> { } : Counter.builder("disputes.idempotency.replays")
                    .description("requests answered again from the Idempotency-Key store instead of being run")
                    .register(registry)::increment;
            FilterRegistrationBean<IdempotencyFilter> registration =
                    new FilterRegistrationBean<>(new IdempotencyFilter(store, settings, problems, replayed));
            registration.setOrder(securityOrder + 10);
            return registration;
        }
    }

    @Bean
    JsonFactoryBuilderCustomizer strictJsonLimits() {
        return StrictJson.limits();
    }

    @Bean
    JsonMapperBuilderCustomizer strictJson() {
        return StrictJson.strictness();
    }

    @Bean
    ProblemSecurityHandlers problemSecurityHandlers(ProblemWriter problems, SecurityProperties properties) {
        return new ProblemSecurityHandlers(problems, properties.mode());
    }

    /**
     * The deployment's sign-in. In {@code jwt} mode tokens are checked by the decoder of
     * {@code disputes.security.jwt.public-key-location} when set, else by the one Spring Boot builds from
     * {@code spring.security.oauth2.resourceserver.jwt.*}; with neither the service refuses to start.
     */
    @Bean
    SignIn signIn(SecurityProperties properties, ProblemSecurityHandlers handlers,
                  ObjectProvider<JwtDecoder> springDecoder, ResourceLoader resources, Environment environment) {
        if (properties.mode() == SignInMode.BASIC) {
            return SignIn.basic(handlers);
        }
        String keyLocation = properties.jwt().publicKeyLocation();
        JwtDecoder decoder = keyLocation != null && !keyLocation.isBlank()
                ? DisputesSecurity.publicKeyDecoder(keyLocation, resources, environment)
                : springDecoder.getIfAvailable();
        if (decoder == null) {
            throw new IllegalStateException("disputes.security.mode=jwt needs where tokens' keys come from: "
                    + "spring.security.oauth2.resourceserver.jwt.issuer-uri, .jwk-set-uri or .public-key-location, "
                    + "or disputes.security.jwt.public-key-location");
        }
        return SignIn.jwt(handlers, decoder, new JwtPrincipalConverter(
                environment.getProperty("spring.security.oauth2.resourceserver.jwt.principal-claim-name")));
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return DisputesSecurity.passwordEncoder();
    }

    /**
     * The HTTP Basic directory; in {@code jwt} mode there is none, so no demo password can sign anyone in. Without
     * users of its own and without the demo users asked for, the service refuses to start: it would let no one in.
     */
    @Bean
    @ConditionalOnProperty(name = "disputes.security.mode", havingValue = "basic", matchIfMissing = true)
    UserDetailsService disputesUsers(SecurityProperties properties, PasswordEncoder encoder) {
        if (properties.directory().isEmpty()) {
            throw new NoSignInConfigured();
        }
        if (properties.usesDemoUsers()) {
            LOG.warn("DEMO USERS ACTIVE (disputes.security.demo-users=true): anyone who has read API.md can sign in "
                    + "as {}. For demos and tests only; configure disputes.security.users or "
                    + "disputes.security.mode=jwt for anything else.", SecurityProperties.DEMO_USERS.stream()
                    .map(DisputesUser::name).toList());
        }
        return DisputesSecurity.directory(properties, encoder);
    }
}
