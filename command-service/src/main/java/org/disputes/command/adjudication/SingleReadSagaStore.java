package org.disputes.command.adjudication;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.modelling.saga.AssociationValue;
import org.axonframework.modelling.saga.AssociationValues;
import org.axonframework.modelling.saga.repository.SagaStore;
import org.axonframework.modelling.saga.repository.jdbc.JdbcSagaStore;
import org.axonframework.modelling.saga.repository.jdbc.PostgresSagaSqlSchema;
import org.axonframework.modelling.saga.repository.jdbc.SagaSchema;
import org.axonframework.modelling.saga.SagaStorageException;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Axon's JDBC saga store, with fewer round trips for the saga's processor. For each event the saga's manager finds
 * the sagas associated with it, then loads each it has not loaded in this batch already; Axon's store took a
 * statement to find and two to load (the saga's row, then its associations). Here finding reads the sagas found,
 * rows and associations, and within the unit of work (the batch's transaction) the loads that follow take them from
 * there; a saga loaded by id alone (a deadline's) is read with its associations in one statement. Inserting,
 * updating and deleting sagas are Axon's.
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

    /** Sagas found in a unit of work, read with their ids, for the loads that follow: by saga type and id. */
    private static final String FOUND = SingleReadSagaStore.class.getName() + "/found";

    private final JdbcSagaStore axons;
    private final ConnectionProvider connections;
    private final Serializer serializer;
    private final String load;
    private final String find;

    public SingleReadSagaStore(ConnectionProvider connections, Serializer serializer) {
        this.axons = JdbcSagaStore.builder()
                .connectionProvider(connections)
                .serializer(serializer)
                .sqlSchema(new PostgresSagaSqlSchema(TABLES))
                .build();
        this.connections = connections;
        this.serializer = serializer;
        // a saga's id and row, repeated for each of its associations (a case's saga has one), or once with none
        this.load = statement("""
                select s.{id}, s.{saga}, s.{type}, s.{revision}, a.{key}, a.{value}
                from {sagas} s left join {associations} a on a.{id} = s.{id} and a.{type} = ?
                where s.{id} = ?""");
        // the ids Axon's store finds, each with its row (none should the row be missing) and associations
        this.find = statement("""
                select f.{id}, s.{saga}, s.{type}, s.{revision}, a.{key}, a.{value}
                from {associations} f
                left join {sagas} s on s.{id} = f.{id}
                left join {associations} a on a.{id} = f.{id} and a.{type} = f.{type}
                where f.{type} = ? and f.{key} = ? and f.{value} = ?""");
    }

    private static String statement(String template) {
        return template.replace("{sagas}", TABLES.sagaEntryTable())
                .replace("{associations}", TABLES.associationValueEntryTable())
                .replace("{id}", TABLES.sagaIdColumn())
                .replace("{saga}", TABLES.serializedSagaColumn())
                .replace("{type}", TABLES.sagaTypeColumn())
                .replace("{revision}", TABLES.revisionColumn())
                .replace("{key}", TABLES.associationKeyColumn())
                .replace("{value}", TABLES.associationValueColumn());
    }

    /**
     * The sagas associated with the value, read whole: within a unit of work (the saga's processor handling a
     * batch), the load that follows for each takes it from there instead of reading it again in the same
     * transaction.
     */
    @Override
    public Set<String> findSagas(Class<?> sagaType, AssociationValue associationValue) {
        String type = typeName(sagaType);
        Map<String, Stored> found = read(find, type, associationValue.getKey(), associationValue.getValue());
        if (CurrentUnitOfWork.isStarted()) {
            Map<String, Stored> kept = CurrentUnitOfWork.get().root()
                    .getOrComputeResource(FOUND, key -> new HashMap<>());
            found.forEach((id, stored) -> kept.put(type + "/" + id, stored));
        }
        return new TreeSet<>(found.keySet());
    }

    @Override
    public <S> Entry<S> loadSaga(Class<S> sagaType, String sagaIdentifier) {
        String type = typeName(sagaType);
        Stored stored = null;
        if (CurrentUnitOfWork.isStarted()) {
            Map<String, Stored> kept = CurrentUnitOfWork.get().root().getResource(FOUND);
            stored = kept == null ? null : kept.remove(type + "/" + sagaIdentifier);
        }
        if (stored == null) {
            stored = read(load, type, sagaIdentifier).get(sagaIdentifier);
        }
        if (stored == null || stored.saga() == null) {
            return null;
        }
        return new Loaded<>(stored.associations(), serializer.deserialize(stored.saga()));
    }

    /** The sagas a statement reads, by id, in the order read. */
    private Map<String, Stored> read(String sql, String... parameters) {
        try (Connection connection = connections.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            Map<String, Stored> sagas = new LinkedHashMap<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    Stored stored = sagas.get(rows.getString(1));
                    if (stored == null) {
                        byte[] saga = rows.getBytes(2);
                        stored = new Stored(saga == null ? null : new SimpleSerializedObject<>(saga, byte[].class,
                                rows.getString(3), rows.getString(4)), new HashSet<>());
                        sagas.put(rows.getString(1), stored);
                    }
                    String key = rows.getString(5);
                    if (key != null) {
                        stored.associations().add(new AssociationValue(key, rows.getString(6)));
                    }
                }
            }
            return sagas;
        } catch (SQLException e) {
            throw new SagaStorageException("Exception while reading sagas", e);
        }
    }

    private String typeName(Class<?> sagaType) {
        return serializer.typeForClass(sagaType).getName();
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

    /** A saga as stored, not yet deserialized, with its associations. */
    private record Stored(SerializedObject<byte[]> saga, Set<AssociationValue> associations) {
    }

    private record Loaded<S>(Set<AssociationValue> associationValues, S saga) implements Entry<S> {
    }
}
