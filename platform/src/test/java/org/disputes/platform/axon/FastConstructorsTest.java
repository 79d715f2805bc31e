package org.disputes.platform.axon;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.disputes.api.CaseId;
import org.disputes.api.Jurisdiction;
import org.disputes.api.Money;
import org.disputes.api.Purchase;
import org.disputes.api.Tender;
import org.disputes.api.TenderMethod;
import org.disputes.api.claim.DeliveryClaimFiled;
import org.disputes.api.claim.DeliveryMethod;
import org.disputes.platform.json.FastConstructors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.exc.ValueInstantiationException;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Stored messages' records built through the serializer as the services build it, against Jackson's own way. */
class FastConstructorsTest {

    /** Who called the last {@link Traced} constructor, class by class. */
    private static final ThreadLocal<List<String>> CALLERS = new ThreadLocal<>();

    record Traced(String name, int count) {
        Traced {
            CALLERS.set(StackWalker.getInstance().walk(frames -> frames.map(StackWalker.StackFrame::getClassName)
                    .toList()));
        }
    }

    record Checked(String name, long amount, boolean urgent, BigDecimal share, List<String> tags, Instant at) {
        Checked {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("a name is required");
            }
        }
    }

    private final Jackson3Serializer serializer = StoredMessages.serializer();
    private final JsonMapper stored = (JsonMapper) serializer.getObjectMapper();
    private final JsonMapper plain = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    @Test
    void aRecordIsBuiltByTheHandleMadeForItsType() {
        Traced read = stored.readValue("{\"name\":\"a\",\"count\":2}", Traced.class);
        assertThat(CALLERS.get()).contains(FastConstructors.class.getName() + "$Spreading")
                .doesNotContain("java.lang.invoke.MethodHandle");
        assertThat(read).isEqualTo(new Traced("a", 2));
    }

    @Test
    void readsWhatJacksonReadsAsJacksonReadsIt() {
        for (String json : List.of(
                "{\"name\":\"n\",\"amount\":12,\"urgent\":true,\"share\":0.5,\"tags\":[\"x\",\"y\"],"
                        + "\"at\":\"2026-12-01T02:40:00.123Z\"}",
                "{\"name\":\"n\",\"amount\":0,\"urgent\":false}",
                "{\"at\":\"2026-12-01T02:40:00Z\",\"name\":\"n\",\"unknown\":{\"a\":1},\"amount\":-3,"
                        + "\"urgent\":true,\"tags\":null}")) {
            assertThat(stored.readValue(json, Checked.class)).isEqualTo(plain.readValue(json, Checked.class));
        }
    }

    @Test
    void aConstructorsRefusalIsReportedAsJacksonReportsIt() {
        String json = "{\"name\":\" \",\"amount\":1,\"urgent\":false}";
        assertThatThrownBy(() -> plain.readValue(json, Checked.class))
                .isInstanceOf(ValueInstantiationException.class).hasRootCauseMessage("a name is required");
        assertThatThrownBy(() -> stored.readValue(json, Checked.class))
                .isInstanceOf(ValueInstantiationException.class).hasRootCauseMessage("a name is required")
                .hasRootCauseInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anEventWrittenByTheSerializerReadsBackEqual() {
        Instant at = Instant.parse("2026-12-01T02:40:00Z");
        DeliveryClaimFiled filed = new DeliveryClaimFiled(CaseId.of("5e51d5ca-585b-44d9-aa6a-0f4ddbf51956"),
                new Purchase("IT-403-2291", "CUST-77", "SELLER-1", "CARRIER-1", "COURIER-19", new Jurisdiction("FR"),
                        Money.of("1229.00", "EUR"), List.of(Tender.of(TenderMethod.CARD, "1229.00"))),
                Money.of("100.00", "EUR"), DeliveryMethod.SECURE_OTP, at.minusSeconds(86400), "never came", at,
                at.plusSeconds(259200));
        SerializedObject<byte[]> written = serializer.serialize(filed, byte[].class);
        DeliveryClaimFiled read = serializer.deserialize(written);
        assertThat(read).isEqualTo(filed);
    }

    @Test
    void axonsTrackingTokensReadBackEqual() {
        // Axon's own creators: public, and package-private (the replay token's), which Jackson opens first
        TrackingToken replay = ReplayToken.createReplayToken(
                GapAwareTrackingToken.newInstance(9, List.of(3L, 5L)), GapAwareTrackingToken.newInstance(2, List.of()));
        for (TrackingToken token : List.of(new GlobalSequenceTrackingToken(42),
                GapAwareTrackingToken.newInstance(9, List.of(3L, 5L)), replay)) {
            SerializedObject<byte[]> written = serializer.serialize(token, byte[].class);
            TrackingToken read = serializer.deserialize(written);
            assertThat(read).isEqualTo(token);
        }
    }
}
