package org.disputes.console.web;

import org.disputes.console.security.Person;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every page may use: the signed-in person ({@code ${me}}), for the navigation and for offering only allowed
 * actions, the forms' choice lists and the zone dates are typed in. Model attributes, not bean references, because
 * Thymeleaf evaluates fragment parameters in its restricted mode.
 */
@ControllerAdvice
class Signedin {

    private final Choices choices;
    private final Instants instants;

    Signedin(Choices choices, Instants instants) {
        this.choices = choices;
        this.instants = instants;
    }

    @ModelAttribute("choices")
    Choices choices() {
        return choices;
    }

    @ModelAttribute("zone")
    String zone() {
        return instants.zone();
    }

    @ModelAttribute("me")
    Person me(Authentication authentication) {
        return authentication != null && authentication.getPrincipal() instanceof Person p ? p : null;
    }
}
