package org.disputes.console.web;

import java.util.List;
import java.util.Map;

/** The items of a service's list answer, whether a bare list or a page {@code {items, page, size, total}}. */
public final class Pages {

    private Pages() {
    }

    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> items(Object answer) {
        if (answer instanceof List<?> list) {
            return (List<Map<String, Object>>) list;
        }
        if (answer instanceof Map<?, ?> page && page.get("items") instanceof List<?> items) {
            return (List<Map<String, Object>>) items;
        }
        return List.of();
    }
}
