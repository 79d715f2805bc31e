package org.disputes.console.webhooks;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A form whose answer is a secret acts once per form key, and shows its secret only the first time. */
class SecretFormsTest {

    private final MockHttpSession session = new MockHttpSession();
    private final AtomicInteger sent = new AtomicInteger();

    private Map<String, Object> subscribe() {
        int n = sent.incrementAndGet();
        return Map.of("webhookId", "w-" + n, "secret", "whsec_" + n);
    }

    @Test
    void aFormSentTwiceActsOnceAndShowsItsSecretOnce() {
        SecretForms.Outcome first = SecretForms.of(session).once("key-1", this::subscribe);
        SecretForms.Outcome again = SecretForms.of(session).once("key-1", this::subscribe);

        assertThat(first).isEqualTo(new SecretForms.Outcome("w-1", "whsec_1"));
        assertThat(first.repeated()).isFalse();
        assertThat(again.repeated()).isTrue();
        assertThat(again.webhookId()).isEqualTo("w-1");
        assertThat(again.secret()).isNull();
        assertThat(sent).hasValue(1);
    }

    @Test
    void anotherFormActsAgain() {
        SecretForms.of(session).once("key-1", this::subscribe);
        SecretForms.Outcome other = SecretForms.of(session).once("key-2", this::subscribe);

        assertThat(other).isEqualTo(new SecretForms.Outcome("w-2", "whsec_2"));
    }

    @Test
    void aRefusedFormMayBeSentAgain() {
        assertThatThrownBy(() -> SecretForms.of(session).once("key-1", () -> {
            throw new IllegalStateException("refused");
        })).hasMessage("refused");

        assertThat(SecretForms.of(session).once("key-1", this::subscribe).secret()).isEqualTo("whsec_1");
    }
}
