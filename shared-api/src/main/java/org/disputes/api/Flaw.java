package org.disputes.api;

/**
 * One invariant a value breaks, named by the path of the property it concerns within that value ({@code "tenders"},
 * {@code "amount.value"}, {@code "tenders[1].amount"}); the same names as the value's JSON form.
 */
public record Flaw(String field, String message) {

    /** The same flaw seen from a value that holds this one under {@code property}. */
    public Flaw within(String property) {
        return new Flaw(property + "." + field, message);
    }
}
