package org.disputes.console.web;

import jakarta.servlet.http.HttpServletResponse;
import org.disputes.console.security.Person;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** Sign-in, each role's home page, and the plain 403 page. */
@Controller
class HomeController {

    @GetMapping("/login")
    String login() {
        return "login";
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal Person me) {
        return "redirect:" + switch (me.role()) {
            case "AGENT" -> "/queues/agent";
            case "ESCALATION" -> "/queues/escalation";
            case "REGULATOR" -> "/cases";
            case "SELLER", "CARRIER" -> "/my-cases";
            case "OPERATOR" -> "/webhooks";
            case "PRIVACY" -> "/erasures";
            default -> "/forbidden";
        };
    }

    @RequestMapping("/forbidden")
    String forbidden(HttpServletResponse response) {
        response.setStatus(403);
        return "forbidden";
    }
}
