package org.disputes.console.api;

import java.util.List;
import java.util.Map;

/**
 * A service's problem response (RFC 9457, API.md "Errors"): its status, its stable {@code code}, its sentence, and
 * for validation the fields it names. Pages turn it into words; it never reaches the browser as JSON.
 */
public class ServiceProblem extends RuntimeException {

    /** One field the service refused, as named in the problem's {@code errors}. */
    public record FieldProblem(String field, String message) {
    }

    private final int status;
    private final String code;
    private final String detail;
    private final List<FieldProblem> errors;

    public ServiceProblem(int status, String code, String detail, List<FieldProblem> errors) {
        super(code + " (" + status + ")");
        this.status = status;
        this.code = code;
        this.detail = detail;
        this.errors = List.copyOf(errors);
    }

    @SuppressWarnings("unchecked")
    static ServiceProblem of(int status, Map<String, Object> body) {
        Map<String, Object> problem = body == null ? Map.of() : body;
        List<FieldProblem> fields = new java.util.ArrayList<>();
        if (problem.get("errors") instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof Map<?, ?> e) {
                    fields.add(new FieldProblem(String.valueOf(e.get("field")), String.valueOf(e.get("message"))));
                }
            }
        }
        Object code = problem.get("code");
        Object detail = problem.get("detail");
        return new ServiceProblem(status, code == null ? "HTTP_" + status : code.toString(),
                detail == null ? null : detail.toString(), fields);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String detail() {
        return detail;
    }

    public List<FieldProblem> errors() {
        return errors;
    }
}
