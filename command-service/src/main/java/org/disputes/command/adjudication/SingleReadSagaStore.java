package org.disputes.command.adjudication;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.modelling.saga.AssociationValue;
import org.axonframework.modelling.saga.AssociationValues;
import org.axonframework.modelling.saga.repository.SagaStore;
import org.axonframework.modelling.saga.repository.jdbc.JdbcSagaStore;
import org.axonframework.modelling.saga.repository.jdbc.PostgresSagaSqlSchema;
import org.axonframework.modelling.saga.repository.jdbc.SagaSchema;
import org.axonframework.modelling.saga.SagaStorageException;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;

/**
 * Axon's JDBC saga store, but a saga is read with its associations in one statement, where Axon's store read the
 * saga's row and then, in a second round trip, its associations: about two statements fewer a claim, as the saga
 * loads its case's saga at most batches it handles. Finding, inserting, updating and deleting sagas are Axon's.
 */
public final class SingleReadSagaStore implements SagaStore<Object> {

    /** The sagas' tables in the command service's schema. */
    public static final SagaSchema TABLES = SagaSchema.builder()
            .sagaEntryTable("command.saga_entry")
            .associationValueEntryTable("command.association_value_entry")
            .sagaIdColumn("saga_id")
            .revisionColumn("revision")
            .sagaTypeColumn("saga_type")
            .serializedSagaColumn("serialized_saga")
            .associationKeyColumn("association_key")
            .associationValueColumn("association_value")
            .build();

    private final JdbcSagaStore axons;
    private final ConnectionProvider connections;
    private final Serializer serializer;
    private final String load;

    public SingleReadSagaStore(ConnectionProvider connections, Serializer serializer) {
        this.axons = JdbcSagaStore.builder()
                .connectionProvider(connections)
                .serializer(serializer)
                .sqlSchema(new PostgresSagaSqlSchema(TABLES))
                .build();
        this.connections = connections;
        this.serializer = serializer;
        SagaSchema schema = TABLES;
        // the saga's row repeated for each of its associations (a case's saga has one), or once with none
        this.load = """
                select s.%3$s, s.%4$s, s.%5$s, a.%6$s, a.%7$s
                from %1$s s left join %2$s a on a.%8$s = s.%8$s and a.%4$s = ?
                where s.%8$s = ?""".formatted(schema.sagaEntryTable(), schema.associationValueEntryTable(),
                schema.serializedSagaColumn(), schema.sagaTypeColumn(), schema.revisionColumn(),
                schema.associationKeyColumn(), schema.associationValueColumn(), schema.sagaIdColumn());
    }

    @Override
    public <S> Entry<S> loadSaga(Class<S> sagaType, String sagaIdentifier) {
        try (Connection connection = connections.getConnection();
             PreparedStatement statement = connection.prepareStatement(load)) {
            statement.setString(1, serializer.typeForClass(sagaType).getName());
            statement.setString(2, sagaIdentifier);
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    return null;
                }
                SimpleSerializedObject<byte[]> serialized = new SimpleSerializedObject<>(rows.getBytes(1),
                        byte[].class, rows.getString(2), rows.getString(3));
                Set<AssociationValue> associations = new HashSet<>();
                do {
                    String key = rows.getString(4);
                    if (key != null) {
                        associations.add(new AssociationValue(key, rows.getString(5)));
                    }
                } while (rows.next());
                return new Loaded<>(associations, serializer.deserialize(serialized));
            }
        } catch (SQLException e) {
            throw new SagaStorageException("Exception while loading a Saga", e);
        }
    }

    @Override
    public Set<String> findSagas(Class<?> sagaType, AssociationValue associationValue) {
        return axons.findSagas(sagaType, associationValue);
    }

    @Override
    public void deleteSaga(Class<?> sagaType, String sagaIdentifier, Set<AssociationValue> associationValues) {
        axons.deleteSaga(sagaType, sagaIdentifier, associationValues);
    }

    @Override
    public void insertSaga(Class<?> sagaType, String sagaIdentifier, Object saga,
                           Set<AssociationValue> associationValues) {
        axons.insertSaga(sagaType, sagaIdentifier, saga, associationValues);
    }

    @Override
    public void updateSaga(Class<?> sagaType, String sagaIdentifier, Object saga,
                           AssociationValues associationValues) {
        axons.updateSaga(sagaType, sagaIdentifier, saga, associationValues);
    }

    private record Loaded<S>(Set<AssociationValue> associationValues, S saga) implements Entry<S> {
    }
}
