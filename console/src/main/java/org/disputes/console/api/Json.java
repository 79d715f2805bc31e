package org.disputes.console.api;

import java.io.Serial;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A service's JSON as the templates read it: objects whose absent fields read as null, as API.md's optional fields
 * (a decision not yet taken, the signals a party view leaves out) are meant to be read. Spring's expression
 * language refuses a map key that is not there; these maps say every key is, and answer null for the absent ones.
 */
public final class Json {

    private Json() {
    }

    static Object lenient(Object value) {
        if (value instanceof Map<?, ?> map) {
            LenientMap copy = new LenientMap();
            map.forEach((k, v) -> copy.put(String.valueOf(k), lenient(v)));
            return copy;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            list.forEach(v -> copy.add(lenient(v)));
            return copy;
        }
        return value;
    }

    /** A JSON object whose every field name "exists" for the expression language; absent ones read as null. */
    public static final class LenientMap extends LinkedHashMap<String, Object> {

        @Serial
        private static final long serialVersionUID = 1L;

        @Override
        public boolean containsKey(Object key) {
            return true;
        }

        /** Whether the service actually sent this field (a party view leaves some out). */
        public boolean has(String key) {
            return super.containsKey(key);
        }
    }
}
