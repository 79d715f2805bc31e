package org.disputes.platform.privacy;

import org.axonframework.serialization.Converter;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SerializationException;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.disputes.api.CaseEvent;
import org.disputes.api.privacy.PersonalData;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
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

    /** The personal fields of a type that hold a link: erased, they read as the erased URN. */
    private static final ClassValue<Set<String>> LINKS = new ClassValue<>() {
        @Override
        protected Set<String> computeValue(Class<?> type) {
            return personalFields(type).stream().filter(field -> field.getType() == URI.class)
                    .map(RecordComponent::getName).collect(Collectors.toUnmodifiableSet());
        }
    };

    private final Jackson3Serializer delegate;
    private final PersonalDataCipher cipher;
    private final PersonalKeys keys;
    private final DataSubjects subjects;
    private final JsonMapper json = JsonMapper.builder().build();

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
        List<RecordComponent> fields = object == null ? List.of() : personalFields(object.getClass());
        if (fields.isEmpty()) {
            return delegate.serialize(object, expectedRepresentation);
        }
        SerializedObject<byte[]> plain = delegate.serialize(object, byte[].class);
        ObjectNode tree = (ObjectNode) json.readTree(plain.getData());
        List<String> withText = fields.stream().map(RecordComponent::getName)
                .filter(name -> PersonalDataCipher.holdsText(tree.get(name))).toList();
        subjects.opened(object);
        if (!withText.isEmpty()) {
            String customerId = subjects.customerOf(object).orElse(null);
            if (customerId != null) {
                PersonalKeys.CustomerKey key = keys.keyFor(customerId);
                withText.forEach(field -> cipher.sealField(tree, field, key));
            } else if (object instanceof CaseEvent) {
                // a case always has a customer: storing its personal text in clear would be for good
                throw new IllegalStateException("No customer is known for " + object.getClass().getSimpleName()
                        + " of case " + ((CaseEvent) object).caseId() + ": its personal data cannot be sealed");
            }
        }
        byte[] sealed = json.writeValueAsBytes(tree);
        T data = getConverter().convert(sealed, byte[].class, expectedRepresentation);
        return new SimpleSerializedObject<>(data, expectedRepresentation, plain.getType());
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
            return delegate.classForType(type);
        } catch (RuntimeException unknown) {
            return null;
        }
    }

    @Override
    public Class classForType(SerializedType type) {
        return delegate.classForType(type);
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
