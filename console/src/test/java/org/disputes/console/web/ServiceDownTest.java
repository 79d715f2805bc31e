package org.disputes.console.web;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The console's edge with no service behind it (both URLs point at a port nothing listens on): a service that does
 * not answer is a sentence, never a stack trace; the headers that keep pages safe are there.
 */
@SpringBootTest(properties = {"disputes.console.command-url=http://127.0.0.1:9", "disputes.console.query-url=http://127.0.0.1:9"})
@AutoConfigureMockMvc
class ServiceDownTest {

    private static final String DOWN = "The case service is not answering; nothing was changed.";

    @Autowired
    MockMvc mvc;

    private static UsernamePasswordAuthenticationToken agent() {
        Person agent = new Person("agent", "AGENT", null, "agent-demo");
        return UsernamePasswordAuthenticationToken.authenticated(agent, null,
                List.of(new SimpleGrantedAuthority("ROLE_AGENT")));
    }

    @Test
    void aClaimFiledWhileTheCommandServiceIsDownSaysSoBesideTheForm() throws Exception {
        mvc.perform(post("/claims/new").with(authentication(agent())).with(csrf())
                        .param("idempotencyKey", "k-1").param("orderId", "O-1").param("amount", "10.00"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(DOWN), containsString("File claim"),
                        not(containsString("Exception")))));
    }

    @Test
    void aPageWhoseServiceIsDownSaysSo() throws Exception {
        mvc.perform(get("/queues/agent").with(authentication(agent())))
                .andExpect(status().isServiceUnavailable())
                .andExpect(content().string(containsString(DOWN)));
    }

    @Test
    void signingInWhileTheServicesAreDownSaysSo() throws Exception {
        mvc.perform(post("/login").with(csrf()).param("username", "agent").param("password", "agent-demo"))
                .andExpect(header().string("Location", "/login?down"));
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/claims/new").with(authentication(agent())).with(csrf().useInvalidToken())
                        .param("orderId", "O-1"))
                .andExpect(status().isForbidden());
    }

    @Test
    void aFormPostedAfterTheSessionEndedAsksToSignInAgain() throws Exception {
        mvc.perform(post("/claims/new").param("orderId", "O-1"))
                .andExpect(header().string("Location", "/login?expired"));
    }

    @Test
    void pagesCarryAStrictContentSecurityPolicy() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", allOf(containsString("script-src 'self'"),
                        containsString("style-src 'self'"), not(containsString("unsafe")))))
                .andExpect(content().string(allOf(containsString("Username"), containsString("Password"),
                        not(containsString("style=")), not(containsString("onclick")))));
    }

    @Test
    void aPageOutsideThePersonsRoleIsThePlain403Page() throws Exception {
        mvc.perform(get("/queues/escalation").with(authentication(agent())))
                .andExpect(status().isForbidden())
                .andExpect(forwardedUrl("/forbidden"));
        mvc.perform(get("/forbidden").with(authentication(agent())))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("Not allowed")));
    }
}
