package org.disputes.console.web;

import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * What every form carries: a fresh {@code Idempotency-Key} per rendered form ({@code ${@forms.newKey()}}), so that a
 * form sent twice (double click, refresh, back button) files once, and a corrected form is a new request.
 */
@Component("forms")
public class Forms {

    public String newKey() {
        return UUID.randomUUID().toString();
    }
}
