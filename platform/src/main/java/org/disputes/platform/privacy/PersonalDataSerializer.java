package org.disputes.platform.privacy;

import org.axonframework.serialization.Converter;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SerializationException;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.UnknownSerializedType;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.disputes.api.CaseEvent;
import org.disputes.api.privacy.PersonalData;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.ObjectMapper;

import java.io.ByteArrayOutputStream;
import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The event serializer with personal data sealed: an event's {@link PersonalData} fields are encrypted under their
 * customer's key before the payload is stored, so the hash chain covers the cipher text and verifies with or
 * without the key; they are opened again on reading, and read {@value PersonalData#ERASED} once the key is gone.
 * Everything else (metadata, events without personal fields) passes through the serializer it wraps untouched.
 */
public class PersonalDataSerializer implements Serializer {

    private static final ClassValue<List<RecordComponent>> PERSONAL = new ClassValue<>() {
        @Override
        protected List<RecordComponent> computeValue(Class<?> type) {
            return type.isRecord()
                    ? Arrays.stream(type.getRecordComponents())
                    .filter(component -> component.isAnnotationPresent(PersonalData.class)).toList()
                    : List.of();
        }
    };

    private static final ClassValue<Set<String>> NAMES = new ClassValue<>() {
        @Override
        protected Set<String> computeValue(Class<?> type) {
            return personalFields(type).stream().map(RecordComponent::getName)
                    .collect(Collectors.toUnmodifiableSet());
        }
    };

    /** The personal fields of a type that hold a link: erased, they read as the erased URN. */
    private static final ClassValue<Set<String>> LINKS = new ClassValue<>() {
        @Override
        protected Set<String> computeValue(Class<?> type) {
            return personalFields(type).stream().filter(field -> field.getType() == URI.class)
                    .map(RecordComponent::getName).collect(Collectors.toUnmodifiableSet());
        }
    };

    private final Jackson3Serializer delegate;
    /**
     * The classes of the stored types met, by name (the only part of a type the serializer it wraps resolves): it
     * asks the class loader again for each, twice for every event read. Classes only: a set the class path bounds.
     */
    private final Map<String, Class<?>> classes = new ConcurrentHashMap<>();
    private final PersonalDataCipher cipher;
    private final PersonalKeys keys;
    private final DataSubjects subjects;

    PersonalDataSerializer(Jackson3Serializer delegate, PersonalDataCipher cipher, PersonalKeys keys,
                           DataSubjects subjects) {
        this.delegate = delegate;
        this.cipher = cipher;
        this.keys = keys;
        this.subjects = subjects;
    }

    /** The serializer it wraps. */
    public Jackson3Serializer delegate() {
        return delegate;
    }

    /** The fields of {@code type} that hold personal data; empty for any other type. */
    static List<RecordComponent> personalFields(Class<?> type) {
        return type == null ? List.of() : PERSONAL.get(type);
    }

    @Override
    public <T> SerializedObject<T> serialize(Object object, Class<T> expectedRepresentation) {
        Set<String> fields = object == null ? Set.of() : NAMES.get(object.getClass());
        if (fields.isEmpty()) {
            return delegate.serialize(object, expectedRepresentation);
        }
        subjects.opened(object);
        Sealing sealing = new Sealing(object);
        ByteArrayOutputStream sealed = new ByteArrayOutputStream(1024);
        ObjectMapper mapper = delegate.getObjectMapper();
        try (JsonGenerator generator = new SealingGenerator(mapper.createGenerator(sealed), fields, sealing::seal)) {
            mapper.writeValue(generator, object);
        } catch (JacksonException unwritable) {
            throw new SerializationException("Error while serializing object", unwritable);
        }
        sealing.failIfLeftInClear();
        T data = getConverter().convert(sealed.toByteArray(), byte[].class, expectedRepresentation);
        return new SimpleSerializedObject<>(data, expectedRepresentation, typeForClass(object.getClass()));
    }

    /**
     * Seals one event's personal text under its customer's key, found when the first text is met. What stops that
     * (no customer for a case's event, a failed lookup) is kept, the text written in clear to a buffer that is then
     * thrown away, and raised once the event is written: raised inside the write, Jackson would wrap it.
     */
    private final class Sealing {

        private final Object event;
        private PersonalKeys.CustomerKey key;
        private boolean looked;
        private RuntimeException failure;

        Sealing(Object event) {
            this.event = event;
        }

        String seal(String clear) {
            if (!looked) {
                looked = true;
                try {
                    key = findKey();
                } catch (RuntimeException failed) {
                    failure = failed;
                }
            }
            return key == null ? clear : cipher.seal(key, clear);
        }

        private PersonalKeys.CustomerKey findKey() {
            String customerId = subjects.customerOf(event).orElse(null);
            if (customerId != null) {
                return keys.keyFor(customerId);
            }
            if (event instanceof CaseEvent caseEvent) {
                // a case always has a customer: storing its personal text in clear would be for good
                throw new IllegalStateException("No customer is known for " + event.getClass().getSimpleName()
                        + " of case " + caseEvent.caseId() + ": its personal data cannot be sealed");
            }
            return null;
        }

        void failIfLeftInClear() {
            if (failure != null) {
                throw failure;
            }
        }
    }

    @Override
    public <T> boolean canSerializeTo(Class<T> expectedRepresentation) {
        return delegate.canSerializeTo(expectedRepresentation);
    }

    @Override
    public <S, T> T deserialize(SerializedObject<S> serializedObject) {
        Class<?> type = classOrNull(serializedObject.getType());
        List<RecordComponent> fields = personalFields(type);
        if (fields.isEmpty()) {
            return delegate.deserialize(serializedObject);
        }
        byte[] stored = getConverter().convert(serializedObject.getData(), serializedObject.getContentType(),
                byte[].class);
        ObjectMapper mapper = delegate.getObjectMapper();
        try (JsonParser parser = new OpeningParser(mapper.createParser(stored), cipher, LINKS.get(type))) {
            return mapper.readerFor(type).readValue(parser);
        } catch (JacksonException unreadable) {
            throw new SerializationException("Error while deserializing object", unreadable);
        }
    }

    private Class<?> classOrNull(SerializedType type) {
        try {
            return classForType(type);
        } catch (RuntimeException unknown) {
            return null;
        }
    }

    @Override
    public Class classForType(SerializedType type) {
        Class<?> known = classes.get(type.getName());
        if (known != null) {
            return known;
        }
        Class<?> found = delegate.classForType(type);
        if (found != UnknownSerializedType.class && !SimpleSerializedType.emptyType().equals(type)) {
            classes.put(type.getName(), found);
        }
        return found;
    }

    @Override
    public SerializedType typeForClass(Class type) {
        return delegate.typeForClass(type);
    }

    @Override
    public Converter getConverter() {
        return delegate.getConverter();
    }
}
