package org.disputes.console.scam;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The scam pages render and say when the services are down (their endpoints are another branch's). */
@SpringBootTest(properties = {"disputes.console.command-url=http://127.0.0.1:9", "disputes.console.query-url=http://127.0.0.1:9"})
@AutoConfigureMockMvc
class ScamReportFormTest {

    @Autowired
    MockMvc mvc;

    private static UsernamePasswordAuthenticationToken as(String role) {
        return UsernamePasswordAuthenticationToken.authenticated(new Person(role.toLowerCase(), role, null, "x"), null,
                List.of(new SimpleGrantedAuthority("ROLE_" + role)));
    }

    @Test
    void theReportFormHasItsLabelledFields() throws Exception {
        mvc.perform(get("/scam-reports/new").with(authentication(as("AGENT"))))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Report a scam contact"), containsString(">Channel<"),
                        containsString(">Contact<"), containsString(">Impersonated brand<"),
                        containsString("name=\"idempotencyKey\""))));
    }

    @Test
    void aReportWhileTheServiceIsDownSaysSo() throws Exception {
        mvc.perform(post("/scam-reports/new").with(authentication(as("AGENT"))).with(csrf())
                        .param("channel", "PHONE").param("contact", "+33 1 23 45 67 89").param("idempotencyKey", "k"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The case service is not answering; nothing was changed.")));
    }

    @Test
    void onlyTheEscalationTeamActsOnAContact() throws Exception {
        mvc.perform(post("/scam-contacts/c-1/confirm").with(authentication(as("AGENT"))).with(csrf())
                        .param("justification", "x"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/scam-reports/new").with(authentication(as("REGULATOR"))))
                .andExpect(status().isForbidden());
    }
}
