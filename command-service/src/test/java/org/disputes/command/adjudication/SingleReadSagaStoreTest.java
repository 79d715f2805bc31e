package org.disputes.command.adjudication;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.saga.AssociationValue;
import org.axonframework.modelling.saga.AssociationValuesImpl;
import org.axonframework.modelling.saga.repository.SagaStore;
import org.axonframework.modelling.saga.repository.jdbc.JdbcSagaStore;
import org.axonframework.modelling.saga.repository.jdbc.PostgresSagaSqlSchema;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command service's saga store finds and reads sagas as Axon's JDBC store does, with their associations and none
 * of another saga type's, in the real database: a saga loaded by id in one statement where Axon's takes two, and one
 * found in a batch loaded without another.
 */
@SpringBootTest(classes = org.disputes.command.CommandServiceApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT) // the web tests' context, shared
class SingleReadSagaStoreTest {

    @Autowired
    ConnectionProvider connections;
    @Autowired
    Serializer serializer;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SagaStore<Object> sagaStore;

    private final CountedStatements counted = new CountedStatements();
    private final String id = UUID.randomUUID().toString();
    private final AssociationValue caseId = new AssociationValue("caseId", UUID.randomUUID().toString());
    private SingleReadSagaStore ours;
    private JdbcSagaStore axons;

    @BeforeEach
    void bothStoresCountingTheirStatements() {
        ours = new SingleReadSagaStore(counted.provider(), serializer);
        axons = JdbcSagaStore.builder().connectionProvider(counted.provider()).serializer(serializer)
                .sqlSchema(new PostgresSagaSqlSchema(SingleReadSagaStore.TABLES)).build();
    }

    @Test
    void theServiceStoresItsSagasHere() {
        assertThat(sagaStore).isInstanceOf(SingleReadSagaStore.class);
    }

    @Test
    void readsASagaAndItsAssociationsAsAxonsStoreDoesInOneStatement() {
        AdjudicationSaga saga = runningSaga();
        Set<AssociationValue> associations = Set.of(caseId, new AssociationValue("courierId", "courier-" + id));
        axons.insertSaga(AdjudicationSaga.class, id, saga, associations);
        // an association of another saga type under the same id: neither store takes it
        jdbc.sql("insert into command.association_value_entry (association_key, association_value, saga_type, saga_id)"
                + " values ('caseId', 'elsewhere', 'org.example.OtherSaga', ?)").param(id).update();

        int before = counted.statements;
        SagaStore.Entry<AdjudicationSaga> read = ours.loadSaga(AdjudicationSaga.class, id);
        int oursAsked = counted.statements - before;
        before = counted.statements;
        SagaStore.Entry<AdjudicationSaga> axonsRead = axons.loadSaga(AdjudicationSaga.class, id);
        int axonsAsked = counted.statements - before;

        assertThat(read.associationValues()).isEqualTo(axonsRead.associationValues()).isEqualTo(associations);
        assertThat(serialized(read.saga())).isEqualTo(serialized(axonsRead.saga())).isEqualTo(serialized(saga));
        assertThat(oursAsked).as("statements to load a saga").isEqualTo(1);
        assertThat(axonsAsked).isEqualTo(2);
    }

    @Test
    void aSagaWithoutAssociationsAndAnUnknownOneReadAsAxonsStoreReadsThem() {
        axons.insertSaga(AdjudicationSaga.class, id, runningSaga(), Set.of(caseId));
        AssociationValuesImpl removed = new AssociationValuesImpl(Set.of(caseId));
        removed.remove(caseId);
        ours.updateSaga(AdjudicationSaga.class, id, runningSaga(), removed);

        assertThat(ours.loadSaga(AdjudicationSaga.class, id).associationValues())
                .isEqualTo(axons.loadSaga(AdjudicationSaga.class, id).associationValues()).isEmpty();
        assertThat(ours.findSagas(AdjudicationSaga.class, caseId)).isEmpty();
        assertThat(ours.loadSaga(AdjudicationSaga.class, "no-such-saga")).isNull();
        assertThat(axons.loadSaga(AdjudicationSaga.class, "no-such-saga")).isNull();
    }

    @Test
    void inABatchASagaFoundIsLoadedWithoutBeingReadAgain() {
        axons.insertSaga(AdjudicationSaga.class, id, runningSaga(), Set.of(caseId));
        SagaStore.Entry<AdjudicationSaga> axonsRead = axons.loadSaga(AdjudicationSaga.class, id);

        UnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("a batch"));
        try {
            Set<String> axonsFound = axons.findSagas(AdjudicationSaga.class, caseId);
            int before = counted.statements;
            assertThat(ours.findSagas(AdjudicationSaga.class, caseId)).isEqualTo(axonsFound).containsExactly(id);
            assertThat(counted.statements - before).as("statements to find it").isEqualTo(1);
            before = counted.statements;
            SagaStore.Entry<AdjudicationSaga> loaded = ours.loadSaga(AdjudicationSaga.class, id);
            assertThat(counted.statements - before).as("statements to load a saga just found").isZero();
            assertThat(loaded.associationValues()).isEqualTo(axonsRead.associationValues()).containsExactly(caseId);
            assertThat(serialized(loaded.saga())).isEqualTo(serialized(axonsRead.saga()));

            int again = counted.statements;
            assertThat(ours.loadSaga(AdjudicationSaga.class, id).associationValues()).containsExactly(caseId);
            assertThat(counted.statements - again).as("a second load reads it again").isEqualTo(1);
        } finally {
            batch.rollback();
        }
    }

    @Test
    void outsideABatchAFoundSagaIsReadWhenLoaded() {
        ours.insertSaga(AdjudicationSaga.class, id, runningSaga(), Set.of(caseId));

        assertThat(ours.findSagas(AdjudicationSaga.class, caseId)).containsExactly(id);
        int before = counted.statements;
        assertThat(ours.loadSaga(AdjudicationSaga.class, id).associationValues()).containsExactly(caseId);
        assertThat(counted.statements - before).isEqualTo(1);
    }

    @Test
    void anAssociationWhoseSagaIsGoneIsFoundAndLoadsNothingAsWithAxonsStore() {
        jdbc.sql("insert into command.association_value_entry (association_key, association_value, saga_type, saga_id)"
                        + " values (?, ?, ?, ?)").param(caseId.getKey()).param(caseId.getValue())
                .param(serializer.typeForClass(AdjudicationSaga.class).getName()).param(id).update();

        UnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("a batch"));
        try {
            assertThat(ours.findSagas(AdjudicationSaga.class, caseId))
                    .isEqualTo(axons.findSagas(AdjudicationSaga.class, caseId)).containsExactly(id);
            assertThat(ours.loadSaga(AdjudicationSaga.class, id)).isNull();
            assertThat(axons.loadSaga(AdjudicationSaga.class, id)).isNull();
        } finally {
            batch.rollback();
        }
    }

    /** A saga with state of its own, as a claim and its response window leave it. */
    private AdjudicationSaga runningSaga() {
        String state = """
                {"courierId": "courier-7", "traceId": "trace-1", "responseWindowId": "window-1"}""";
        AdjudicationSaga saga = serializer.deserialize(new SimpleSerializedObject<>(
                state.getBytes(StandardCharsets.UTF_8), byte[].class, serializer.typeForClass(AdjudicationSaga.class)));
        assertThat(serialized(saga)).contains("courier-7", "trace-1", "window-1");
        return saga;
    }

    private String serialized(Object saga) {
        return new String(serializer.serialize(saga, byte[].class).getData());
    }

    /** Counts the statements prepared on the connections it hands out. */
    private final class CountedStatements {

        private int statements;

        ConnectionProvider provider() {
            return () -> {
                Connection connection = connections.getConnection();
                return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(),
                        new Class<?>[]{Connection.class}, (proxy, method, args) -> {
                            if (method.getName().startsWith("prepare")) {
                                statements++;
                            }
                            try {
                                return method.invoke(connection, args);
                            } catch (java.lang.reflect.InvocationTargetException e) {
                                throw e.getCause();
                            }
                        });
            };
        }
    }
}
