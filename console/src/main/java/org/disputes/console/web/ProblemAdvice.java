package org.disputes.console.web;

import jakarta.servlet.http.HttpServletResponse;
import org.disputes.console.api.ServiceDownException;
import org.disputes.console.api.ServiceProblem;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Problems no form handled become pages with a sentence: a service that does not answer, a case that does not
 * exist (or is not the reader's), an action the service refused. Never a stack trace, never JSON.
 */
@ControllerAdvice
class ProblemAdvice {

    @ExceptionHandler(ServiceDownException.class)
    String serviceDown(ServiceDownException e, Model model, HttpServletResponse response) {
        response.setStatus(503);
        model.addAttribute("problem", Problems.down(e));
        return "problem";
    }

    @ExceptionHandler(ServiceProblem.class)
    String serviceProblem(ServiceProblem e, Model model, HttpServletResponse response) {
        if (e.status() == 403) {
            response.setStatus(403);
            return "forbidden";
        }
        response.setStatus(e.status() == 404 ? 404 : e.status() >= 500 ? 502 : e.status());
        model.addAttribute("problem", Problems.of(e));
        return e.status() == 404 ? "not-found" : "problem";
    }
}
