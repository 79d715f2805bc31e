package org.disputes.console.privacy;

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

/**
 * The privacy officer's pages: the register (also the regulator's), and an erasure asked for, confirmed, and only
 * then sent; everyone else is refused, and a service that is down is said in words with nothing erased.
 */
@SpringBootTest(properties = {"disputes.console.command-url=http://127.0.0.1:9", "disputes.console.query-url=http://127.0.0.1:9"})
@AutoConfigureMockMvc
class ErasurePagesTest {

    @Autowired
    MockMvc mvc;

    private static UsernamePasswordAuthenticationToken as(String role) {
        return UsernamePasswordAuthenticationToken.authenticated(new Person(role.toLowerCase(), role, null, "x"), null,
                List.of(new SimpleGrantedAuthority("ROLE_" + role)));
    }

    @Test
    void thePrivacyOfficerLandsOnTheRegisterAndIsOfferedTheFormWithItsFields() throws Exception {
        mvc.perform(get("/").with(authentication(as("PRIVACY")))).andExpect(redirectedUrl("/erasures"));
        mvc.perform(get("/erasures/new").with(authentication(as("PRIVACY"))))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Erase a customer&#39;s personal data"),
                        containsString(">Customer id<"), containsString(">Request reference<"),
                        containsString(">Legal basis<"), containsString("name=\"idempotencyKey\""),
                        containsString("name=\"_csrf\""), containsString("href=\"/erasures\""),
                        containsString("Signed in as privacy (privacy officer)"))));
    }

    @Test
    void anErasureIsConfirmedBeforeItIsSent() throws Exception {
        // the service is down: had the first step sent anything, it would say so instead of asking
        mvc.perform(post("/erasures/new").with(authentication(as("PRIVACY"))).with(csrf())
                        .param("customerId", "CUST-42").param("reference", "DSR-1").param("basis", "GDPR art. 17")
                        .param("idempotencyKey", "k"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Erase this customer&#39;s personal data?"),
                        containsString("This cannot be undone"), containsString("name=\"confirmed\""),
                        containsString("value=\"CUST-42\""))));
        mvc.perform(post("/erasures/new").with(authentication(as("PRIVACY"))).with(csrf())
                        .param("customerId", "CUST-42").param("reference", "DSR-1").param("basis", "GDPR art. 17")
                        .param("idempotencyKey", "k").param("confirmed", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("The case service is not answering; nothing was changed."),
                        containsString("value=\"CUST-42\""))));
    }

    @Test
    void onlyThePrivacyOfficerErasesAndOnlyTheyAndTheRegulatorReadTheRegister() throws Exception {
        for (String role : List.of("AGENT", "ESCALATION", "REGULATOR", "SELLER", "CARRIER", "OPERATOR")) {
            mvc.perform(get("/erasures/new").with(authentication(as(role)))).andExpect(status().isForbidden());
            mvc.perform(post("/erasures/new").with(authentication(as(role))).with(csrf())
                            .param("customerId", "CUST-42").param("reference", "r").param("basis", "b")
                            .param("idempotencyKey", "k").param("confirmed", "true"))
                    .andExpect(status().isForbidden());
        }
        for (String role : List.of("AGENT", "ESCALATION", "SELLER", "CARRIER", "OPERATOR")) {
            mvc.perform(get("/erasures").with(authentication(as(role)))).andExpect(status().isForbidden());
        }
        for (String page : List.of("/cases", "/queues/agent", "/webhooks", "/stats")) {
            mvc.perform(get(page).with(authentication(as("PRIVACY")))).andExpect(status().isForbidden());
        }
    }
}
