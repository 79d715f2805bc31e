package org.disputes.console.api;

/** A service did not answer (refused, timed out, or answered 5xx without a problem): nothing was changed. */
public class ServiceDownException extends RuntimeException {

    private final String service;

    public ServiceDownException(String service, Throwable cause) {
        super(service + " is not answering", cause);
        this.service = service;
    }

    /** {@code command} or {@code query}. */
    public String service() {
        return service;
    }
}
