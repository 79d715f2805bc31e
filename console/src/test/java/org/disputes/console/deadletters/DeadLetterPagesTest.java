package org.disputes.console.deadletters;

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
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The operator's dead-letter page without the services (both down here): theirs alone, each service that does not
 * answer named, an eviction confirmed before anything is sent, a retry against a service down said in words.
 */
@SpringBootTest(properties = {"disputes.console.command-url=http://127.0.0.1:9", "disputes.console.query-url=http://127.0.0.1:9"})
@AutoConfigureMockMvc
class DeadLetterPagesTest {

    @Autowired
    MockMvc mvc;

    private static UsernamePasswordAuthenticationToken as(String role) {
        return UsernamePasswordAuthenticationToken.authenticated(new Person(role.toLowerCase(), role, null, "x"), null,
                List.of(new SimpleGrantedAuthority("ROLE_" + role)));
    }

    @Test
    void theOperatorSeesWhichServiceDoesNotAnswerAndFindsThePageInTheNavigation() throws Exception {
        mvc.perform(get("/dead-letters").with(authentication(as("OPERATOR"))))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<h1>Dead letters</h1>"),
                        containsString("The command service does not answer"),
                        containsString("The query service does not answer"),
                        containsString("href=\"/dead-letters\""))));
        mvc.perform(get("/dead-letters?lang=fr").with(authentication(as("OPERATOR"))))
                .andExpect(content().string(containsString("Lettres mortes")));
    }

    @Test
    void evictingAsksForAConfirmationFirst() throws Exception {
        String caseId = "0b6f7d4e-3c1a-4b8e-9d55-0f0e7c7f1a11";
        mvc.perform(post("/dead-letters/query/case-views/" + caseId + "/evict").with(authentication(as("OPERATOR")))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Evict these events?"), containsString(caseId),
                        containsString("name=\"confirmed\""), containsString("Evict for good"))));
    }

    @Test
    void aRetryWhileTheServiceIsDownSaysSo() throws Exception {
        mvc.perform(post("/dead-letters/command/AdjudicationSagaProcessor/0b6f7d4e-3c1a-4b8e-9d55-0f0e7c7f1a11/retry")
                        .with(authentication(as("OPERATOR"))).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Nothing was recorded"),
                        not(containsString("were handled")))));
        mvc.perform(post("/dead-letters/elsewhere/g/x/retry").with(authentication(as("OPERATOR"))).with(csrf()))
                .andExpect(content().string(not(containsString("Nothing was recorded"))));
    }

    @Test
    void otherRolesGetThe403Page() throws Exception {
        for (String role : List.of("AGENT", "ESCALATION", "REGULATOR", "SELLER", "CARRIER", "PRIVACY")) {
            mvc.perform(get("/dead-letters").with(authentication(as(role)))).andExpect(status().isForbidden());
            mvc.perform(post("/dead-letters/query/case-views/x/retry").with(authentication(as(role))).with(csrf()))
                    .andExpect(status().isForbidden());
        }
    }
}
