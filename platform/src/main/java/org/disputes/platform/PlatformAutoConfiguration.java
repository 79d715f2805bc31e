package org.disputes.platform;

import org.disputes.platform.security.DisputesSecurity;
import org.disputes.platform.security.ProblemSecurityHandlers;
import org.disputes.platform.security.SecurityProperties;
import org.disputes.platform.web.BodySizeLimitFilter;
import org.disputes.platform.web.ProblemErrorController;
import org.disputes.platform.web.ProblemHandlers;
import org.disputes.platform.web.ProblemWriter;
import org.disputes.platform.web.StrictJson;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jackson.autoconfigure.JsonFactoryBuilderCustomizer;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.json.JsonMapper;

/** The edge both services share, switched on by having this module on the class path. */
@AutoConfiguration(beforeName = "org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration")
@EnableConfigurationProperties(SecurityProperties.class)
@Import({ProblemHandlers.class, ProblemErrorController.class})
public class PlatformAutoConfiguration {

    @Bean
    ProblemWriter problemWriter(JsonMapper json) {
        return new ProblemWriter(json);
    }

    @Bean
    FilterRegistrationBean<BodySizeLimitFilter> bodySizeLimitFilter(
            @Value("${disputes.http.max-body-size:256KB}") DataSize limit, ProblemWriter problems) {
        FilterRegistrationBean<BodySizeLimitFilter> registration =
                new FilterRegistrationBean<>(new BodySizeLimitFilter(limit.toBytes(), problems));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
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
    ProblemSecurityHandlers problemSecurityHandlers(ProblemWriter problems) {
        return new ProblemSecurityHandlers(problems);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return DisputesSecurity.passwordEncoder();
    }

    @Bean
    UserDetailsService disputesUsers(SecurityProperties properties, PasswordEncoder encoder) {
        return DisputesSecurity.directory(properties, encoder);
    }
}
