package org.disputes.query.privacy;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.disputes.api.CaseId;
import org.disputes.api.Jurisdiction;
import org.disputes.api.Money;
import org.disputes.api.Purchase;
import org.disputes.api.Tender;
import org.disputes.api.TenderMethod;
import org.disputes.api.claim.DeliveryClaimFiled;
import org.disputes.api.claim.DeliveryMethod;
import org.disputes.api.evidence.EvidenceAttributes;
import org.disputes.api.evidence.EvidenceId;
import org.disputes.api.evidence.EvidenceSubmitted;
import org.disputes.api.evidence.EvidenceType;
import org.disputes.api.evidence.Party;
import org.disputes.api.evidence.Sha256;
import org.disputes.api.privacy.CustomerErased;
import org.disputes.api.privacy.PrivacyEvent;
import org.disputes.platform.privacy.PersonalKeys;
import org.disputes.query.CommandEventStoreForTests;
import org.disputes.testsupport.Poll;
import org.disputes.testsupport.SealedFamily;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The query side's own copies of an erased customer's personal text: once the command side has destroyed the key
 * and recorded {@link CustomerErased}, the customer's case view and timeline are folded again and read "[erased]",
 * and the register has the erasure. Every {@link PrivacyEvent} is one the register records.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT) // the web tests' context, shared
@Import(CommandEventStoreForTests.class)
class ErasureProjectionTest {

    @Autowired
    EventStore eventStore;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PersonalKeys keys;

    @Test
    void anErasedCustomersViewAndTimelineAreFoldedAgainAndTheRegisterRecordsIt() throws Exception {
        String marker = "MARKER-" + UUID.randomUUID();
        String customer = "CUST-" + UUID.randomUUID().toString().substring(0, 8);
        CaseId caseId = CaseId.random();
        Instant now = Instant.now();
        Purchase purchase = new Purchase("IT-" + UUID.randomUUID(), customer, "SELLER-1", "CARRIER-1", "COURIER-1",
                new Jurisdiction("FR"), Money.of("100.00", "EUR"), List.of(Tender.of(TenderMethod.CARD, "100.00")));
        append("DisputeCase", caseId.toString(), 0, new DeliveryClaimFiled(caseId, purchase, Money.of("100.00", "EUR"),
                DeliveryMethod.SECURE_OTP, now.minusSeconds(3600), "Never came " + marker, now, now.plusSeconds(3600)));
        append("DisputeCase", caseId.toString(), 1, new EvidenceSubmitted(caseId, EvidenceId.random(), Party.CUSTOMER,
                EvidenceType.COMMUNICATION_LOG, now, Sha256.of("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"),
                URI.create("https://evidence.example/" + marker), "A call log " + marker,
                EvidenceAttributes.of(Map.of("otpRequestedRemotely", true)), now));
        assertThat(Poll.until(() -> rows(caseId), r -> r.contains("A call log " + marker), Duration.ofSeconds(15)))
                .contains("Never came " + marker);

        // what the command side does in one transaction: the key destroyed, the erasure recorded
        keys.destroy(customer);
        append("DataSubject", customer, 0, new CustomerErased(customer, "DSR-7", "GDPR art. 17(1)(a)", "dpo",
                List.of(caseId), 2, Instant.now()));

        String erased = Poll.until(() -> rows(caseId), r -> !r.contains(marker), Duration.ofSeconds(15));
        assertThat(erased).doesNotContain(marker).contains("\"statement\": \"[erased]\"", "\"description\": \"[erased]\"",
                "\"uri\": \"[erased]\"", "\"otpRequestedRemotely\": true");
        assertThat(jdbc.sql("select reference || '|' || basis || '|' || erased_by || '|' || events_concerned"
                        + " from query.erasure where customer_id = ?").param(customer).query(String.class).list())
                .containsExactly("DSR-7|GDPR art. 17(1)(a)|dpo|2");
    }

    @Test
    void everyPrivacyEventIsOneTheProjectionKnows() {
        assertThat(SealedFamily.members(PrivacyEvent.class)).as("add it to ErasureProjection, then here")
                .containsExactly(CustomerErased.class);
    }

    private void append(String type, String id, long sequence, Object event) {
        eventStore.publish(new GenericDomainEventMessage<>(type, id, sequence, event,
                MetaData.with("actor", "test").and("role", "AGENT")));
    }

    /** The case's view (in jsonb's one spelling of it, whatever spacing it was written with) and timeline. */
    private String rows(CaseId caseId) {
        String view = jdbc.sql("select cast(cast(view as jsonb) as text) from query.case_view where case_id = ?")
                .param(caseId.value())
                .query(String.class).optional().orElse("");
        return view + String.join("\n", jdbc.sql("select summary from query.case_timeline where case_id = ? order by sequence")
                .param(caseId.value()).query(String.class).list());
    }
}
