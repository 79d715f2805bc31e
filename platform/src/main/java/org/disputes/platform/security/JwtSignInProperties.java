package org.disputes.platform.security;

/**
 * The bearer-token mode's own setting. Everything else is Spring's standard
 * {@code spring.security.oauth2.resourceserver.jwt.*}: {@code issuer-uri}, {@code jwk-set-uri},
 * {@code public-key-location}, {@code audiences}, {@code principal-claim-name}.
 *
 * @param publicKeyLocation an RSA public key (PEM, X.509 {@code BEGIN PUBLIC KEY}) the tokens are signed with,
 *                          e.g. {@code file:/etc/disputes/idp.pub}; when set it is used instead of Spring's
 *                          decoder, still checking {@code issuer-uri} and {@code audiences} when those are set
 */
public record JwtSignInProperties(String publicKeyLocation) {
}
