package org.disputes.console.webhooks;

import org.disputes.console.security.Person;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;

import java.util.List;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The operator's pages: theirs alone, the form's labelled fields, and a service that is down said in words. */
@SpringBootTest(properties = {"disputes.console.command-url=http://127.0.0.1:9", "disputes.console.query-url=http://127.0.0.1:9"})
@AutoConfigureMockMvc
class WebhookPagesTest {

    @Autowired
    MockMvc mvc;

    private static UsernamePasswordAuthenticationToken as(String role) {
        return UsernamePasswordAuthenticationToken.authenticated(new Person(role.toLowerCase(), role, null, "x"), null,
                List.of(new SimpleGrantedAuthority("ROLE_" + role)));
    }

    @Test
    void theOperatorLandsOnTheWebhooksAndIsOfferedThemInTheNavigation() throws Exception {
        mvc.perform(get("/").with(authentication(as("OPERATOR")))).andExpect(redirectedUrl("/webhooks"));
        mvc.perform(get("/webhooks/new").with(authentication(as("OPERATOR"))))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("New webhook subscription"),
                        containsString(">URL<"), containsString(">Event types<"), containsString(">case.opened<"),
                        containsString(">Seller (optional)<"), containsString(">Carrier (optional)<"),
                        containsString(">Description<"), containsString("name=\"idempotencyKey\""),
                        containsString("name=\"_csrf\""), containsString("href=\"/webhooks\""),
                        containsString("Signed in as operator (operator)"))));
    }

    @Test
    void otherRolesGetThe403PageAndTheOperatorNoCasePages() throws Exception {
        for (String role : List.of("AGENT", "ESCALATION", "REGULATOR", "SELLER", "CARRIER")) {
            mvc.perform(get("/webhooks").with(authentication(as(role))))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/webhooks/new").with(authentication(as(role))).with(csrf())
                            .param("url", "https://x.example").param("idempotencyKey", "k"))
                    .andExpect(status().isForbidden());
        }
        for (String page : List.of("/cases", "/cases/0b6f7d4e-3c1a-4b8e-9d55-0f0e7c7f1a11", "/queues/agent",
                "/claims/new", "/scam-contacts", "/stats")) {
            mvc.perform(get(page).with(authentication(as("OPERATOR")))).andExpect(status().isForbidden());
        }
    }

    @Test
    void subscribingWhileTheServiceIsDownSaysSoAndKeepsTheForm() throws Exception {
        mvc.perform(post("/webhooks/new").with(authentication(as("OPERATOR"))).with(csrf())
                        .param("url", "https://erp.example/hooks").param("events", "case.decided")
                        .param("idempotencyKey", "k"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("The case service is not answering; nothing was changed."),
                        containsString("value=\"https://erp.example/hooks\""))));
    }
}
