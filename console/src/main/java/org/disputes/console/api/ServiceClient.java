package org.disputes.console.api;

import org.disputes.console.security.Person;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * HTTP to one service as the signed-in person: their credentials from the session on every call, problem responses
 * turned into {@link ServiceProblem}, a service that does not answer into {@link ServiceDownException}.
 */
final class ServiceClient {

    static final ParameterizedTypeReference<Map<String, Object>> OBJECT = new ParameterizedTypeReference<>() { };
    static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() { };
    /** A list or an object, for answers whose shape API.md leaves open (the queues). */
    static final ParameterizedTypeReference<Object> ANY = new ParameterizedTypeReference<>() { };

    private final String service;
    private final RestClient rest;

    ServiceClient(String service, URI base, Duration timeout) {
        this.service = service;
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build());
        requests.setReadTimeout(timeout);
        this.rest = RestClient.builder().baseUrl(base.toString()).requestFactory(requests).build();
    }

    /** A GET as the signed-in person, its body read as {@code type}. */
    <T> T get(Function<org.springframework.web.util.UriBuilder, URI> uri, ParameterizedTypeReference<T> type) {
        return call(() -> rest.get().uri(uri).headers(this::signedIn).accept(MediaType.APPLICATION_JSON)
                .exchange((request, response) -> {
                    failOnError(response.getStatusCode().value(), response);
                    @SuppressWarnings("unchecked")
                    T body = (T) Json.lenient(response.bodyTo(type));
                    return body;
                }));
    }

    /** A GET as {@code credentials} (sign-in), empty on 401. */
    java.util.Optional<Map<String, Object>> getAs(String path, String basicCredentials) {
        return call(() -> rest.get().uri(path).header(HttpHeaders.AUTHORIZATION, "Basic " + basicCredentials)
                .accept(MediaType.APPLICATION_JSON)
                .exchange((request, response) -> {
                    if (response.getStatusCode().value() == 401) {
                        return java.util.Optional.<Map<String, Object>>empty();
                    }
                    failOnError(response.getStatusCode().value(), response);
                    return java.util.Optional.ofNullable(response.bodyTo(OBJECT));
                }));
    }

    /** The raw body of a GET (exports), streamed to {@code sink}. */
    void stream(Function<org.springframework.web.util.UriBuilder, URI> uri, java.io.OutputStream sink) {
        call(() -> rest.get().uri(uri).headers(this::signedIn)
                .exchange((request, response) -> {
                    failOnError(response.getStatusCode().value(), response);
                    response.getBody().transferTo(sink);
                    return null;
                }));
    }

    /** A POST of {@code body} as the signed-in person under the form's {@code Idempotency-Key}. */
    Map<String, Object> post(String path, Object body, String idempotencyKey) {
        return call(() -> rest.post().uri(path).headers(this::signedIn)
                .headers(h -> {
                    if (idempotencyKey != null && !idempotencyKey.isBlank()) {
                        h.set("Idempotency-Key", idempotencyKey);
                    }
                })
                .contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON).body(body)
                .exchange((request, response) -> {
                    failOnError(response.getStatusCode().value(), response);
                    Map<String, Object> answer = response.bodyTo(OBJECT);
                    return answer == null ? Map.<String, Object>of() : answer;
                }));
    }

    /** A PATCH of {@code body} as the signed-in person (a partial change; repeating it changes nothing more). */
    Map<String, Object> patch(String path, Object body) {
        return call(() -> rest.patch().uri(path).headers(this::signedIn)
                .contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON).body(body)
                .exchange((request, response) -> {
                    failOnError(response.getStatusCode().value(), response);
                    Map<String, Object> answer = response.bodyTo(OBJECT);
                    return answer == null ? Map.<String, Object>of() : answer;
                }));
    }

    /** A DELETE as the signed-in person. */
    void delete(String path) {
        call(() -> rest.delete().uri(path).headers(this::signedIn).accept(MediaType.APPLICATION_JSON)
                .exchange((request, response) -> {
                    failOnError(response.getStatusCode().value(), response);
                    return null;
                }));
    }

    private void failOnError(int status, RestClient.RequestHeadersSpec.ConvertibleClientHttpResponse response) {
        if (status < 400) {
            return;
        }
        MediaType type = response.getHeaders().getContentType();
        boolean problem = type != null && type.getSubtype().contains("json");
        if (status >= 500 && !problem || status == 502 || status == 504) {
            throw new ServiceDownException(service, null);
        }
        Map<String, Object> body = null;
        if (problem) {
            try {
                body = response.bodyTo(OBJECT);
            } catch (RestClientException unreadable) {
                // the status alone still says what happened
            }
        }
        throw ServiceProblem.of(status, body);
    }

    private <T> T call(java.util.function.Supplier<T> request) {
        try {
            return request.get();
        } catch (ResourceAccessException e) {
            throw new ServiceDownException(service, e);
        }
    }

    private void signedIn(HttpHeaders headers) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof Person person) {
            headers.set(HttpHeaders.AUTHORIZATION, "Basic " + person.basicCredentials());
        }
    }
}
