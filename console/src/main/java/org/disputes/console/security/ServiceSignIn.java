package org.disputes.console.security;

import org.disputes.console.api.QueryApi;
import org.disputes.console.api.ServiceDownException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Signs a person in by asking the query service who the user name and password belong to ({@code GET /api/me}):
 * the services' directory is the only one, the console keeps none of its own.
 */
@Component
class ServiceSignIn implements AuthenticationProvider {

    private final QueryApi queries;
    private final SignInThrottle throttle;

    ServiceSignIn(QueryApi queries, SignInThrottle throttle) {
        this.queries = queries;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String name = attempt.getName();
        String password = attempt.getCredentials() == null ? "" : attempt.getCredentials().toString();
        wait(throttle.delayFor(name));
        Optional<Person> person;
        try {
            person = queries.whoIs(name, password);
        } catch (ServiceDownException e) {
            throw new AuthenticationServiceException("the query service is not answering", e);
        }
        if (person.isEmpty()) {
            throttle.failed(name);
            throw new BadCredentialsException("wrong username or password");
        }
        throttle.succeeded(name);
        Person p = person.get();
        return UsernamePasswordAuthenticationToken.authenticated(p, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + p.role())));
    }

    /** The slow-down itself: the request waits before the password is even checked. */
    private static void wait(Duration delay) {
        if (delay.isZero()) {
            return;
        }
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AuthenticationServiceException("interrupted");
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
