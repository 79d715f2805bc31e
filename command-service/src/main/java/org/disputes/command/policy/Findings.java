package org.disputes.command.policy;

import java.util.ArrayList;
import java.util.List;

/** Builds the list of facts a rule relied on, from single sentences and optional ones. */
final class Findings {

    private Findings() {
    }

    static List<String> of(Object... sentencesOrLists) {
        List<String> sentences = new ArrayList<>();
        for (Object part : sentencesOrLists) {
            if (part instanceof List<?> list) {
                list.forEach(sentence -> sentences.add((String) sentence));
            } else {
                sentences.add((String) part);
            }
        }
        return sentences;
    }
}
