package org.disputes.command.webhooks;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * Which URLs deliveries may go to: {@code https} only (unless insecure targets are allowed), and never an address
 * inside the service's own network (loopback, private, link-local, …) unless private targets are allowed: a
 * webhook must not become a way to reach what only the service can reach. Checked when a subscription is written
 * and again before every delivery, as a name may resolve elsewhere by then (DNS rebinding).
 */
final class TargetGuard {

    static final int MAX_URL = 2048;
    private final boolean allowInsecure;
    private final boolean allowPrivate;
    private final Resolver resolver;

    /** Name resolution, replaceable in unit tests. */
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    TargetGuard(boolean allowInsecure, boolean allowPrivate, Resolver resolver) {
        this.allowInsecure = allowInsecure;
        this.allowPrivate = allowPrivate;
        this.resolver = resolver;
    }

    static TargetGuard of(WebhookProperties properties) {
        return new TargetGuard(properties.allowInsecureTargets(), properties.allowPrivateTargets(),
                InetAddress::getAllByName);
    }

    /** The URL when it is well formed; else what is wrong with it. */
    static Optional<URI> parse(String url, StringBuilder problem) {
        if (url == null || url.isBlank()) {
            problem.append("is required");
            return Optional.empty();
        }
        if (url.length() > MAX_URL) {
            problem.append("must be at most " + MAX_URL + " characters");
            return Optional.empty();
        }
        try {
            URI uri = new URI(url);
            if (uri.getScheme() == null || uri.getHost() == null || !uri.isAbsolute() || uri.isOpaque()) {
                problem.append("must be an absolute URL such as https://hooks.example.com/disputes");
                return Optional.empty();
            }
            if (uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
                problem.append("must not carry credentials or a fragment");
                return Optional.empty();
            }
            return Optional.of(uri);
        } catch (URISyntaxException e) {
            problem.append("must be an absolute URL such as https://hooks.example.com/disputes");
            return Optional.empty();
        }
    }

    /** Why deliveries may not go to {@code uri}, or empty when they may. */
    Optional<String> refusal(URI uri) {
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(allowInsecure && scheme.equals("http"))) {
            return Optional.of(allowInsecure ? "must be an http or https URL" : "must be an https URL");
        }
        if (allowPrivate) {
            return Optional.empty();
        }
        String host = uri.getHost();
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            return Optional.of("names a host that does not resolve");
        }
        for (InetAddress address : addresses) {
            if (isInternal(address)) {
                return Optional.of("resolves to a loopback, private or link-local address, which is not allowed");
            }
        }
        return Optional.empty();
    }

    static boolean isInternal(InetAddress address) {
        if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = bytes[0] & 0xff;
            int second = bytes[1] & 0xff;
            return first == 0 // "this network"
                    || (first == 100 && second >= 64 && second < 128) // carrier-grade NAT, 100.64.0.0/10
                    || (first == 192 && second == 0 && (bytes[2] & 0xff) == 0) // IETF protocol assignments
                    || first >= 240; // reserved and broadcast
        }
        if (address instanceof Inet6Address) {
            return (bytes[0] & 0xfe) == 0xfc; // unique local, fc00::/7
        }
        return false;
    }
}
