package org.disputes.platform.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;

/**
 * A password encoder that remembers, for a while, the passwords it has just verified. HTTP Basic sends the password
 * with every request, and bcrypt is built to cost tens of milliseconds: paid once per request it caps a service at a
 * few dozen requests per second per core. Only successes are remembered, so a guesser still pays bcrypt for every
 * guess (the same guess sent many times at once is checked once); they are kept as a salted SHA-256 of the stored
 * hash and the password, never the password itself.
 */
final class VerifiedPasswords implements PasswordEncoder {

    private final PasswordEncoder delegate;
    /** SHA-256 having read this instance's salt, copied for each fingerprint: no provider lookup per request. */
    private final MessageDigest salted;
    private final Cache<String, Boolean> verified;

    VerifiedPasswords(PasswordEncoder delegate, Duration remembered, long capacity) {
        this.delegate = delegate;
        byte[] salt = new byte[32];
        new SecureRandom().nextBytes(salt);
        this.salted = sha256();
        salted.update(salt);
        this.verified = Caffeine.newBuilder().expireAfterWrite(remembered).maximumSize(capacity).build();
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return delegate.encode(rawPassword);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (rawPassword == null || encodedPassword == null) {
            return delegate.matches(rawPassword, encodedPassword);
        }
        // requests arriving together with the same password wait for one verification instead of each paying
        // bcrypt: a burst of requests to a service that has just started would otherwise stall it for seconds
        return verified.get(fingerprint(rawPassword, encodedPassword),
                key -> delegate.matches(rawPassword, encodedPassword) ? Boolean.TRUE : null) != null;
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return delegate.upgradeEncoding(encodedPassword);
    }

    private String fingerprint(CharSequence rawPassword, String encodedPassword) {
        MessageDigest sha256 = copyOf(salted);
        sha256.update(encodedPassword.getBytes(StandardCharsets.UTF_8));
        sha256.update((byte) 0);
        sha256.update(rawPassword.toString().getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(sha256.digest());
    }

    private static MessageDigest copyOf(MessageDigest digest) {
        try {
            return (MessageDigest) digest.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("the JDK's SHA-256 can be cloned", e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
