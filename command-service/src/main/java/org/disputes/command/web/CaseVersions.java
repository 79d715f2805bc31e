package org.disputes.command.web;

import org.axonframework.messaging.MetaData;
import org.disputes.command.cases.DisputeCase;
import org.disputes.platform.web.ApiProblem;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A case's version at the HTTP edge: {@code If-Match} in, {@code ETag} out. The version is the number of events in
 * the case's history, written as an entity tag ({@code "3"}); {@code If-Match} takes it quoted or bare.
 */
public final class CaseVersions {

    public static final String IF_MATCH = "If-Match";
    private static final Pattern VERSION = Pattern.compile("\"?(\\d{1,18})\"?");

    private CaseVersions() {
    }

    /**
     * The command metadata asking the case to be at the version the sender saw: empty without {@code If-Match}
     * or with {@code *} (any current case). Anything else that is not a version is refused.
     */
    public static MetaData expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.strip().equals("*")) {
            return MetaData.emptyInstance();
        }
        String value = ifMatch.strip();
        Matcher matcher = VERSION.matcher(value);
        boolean quotedAlike = value.startsWith("\"") == value.endsWith("\"");
        if (!matcher.matches() || !quotedAlike) {
            throw ApiProblem.invalid(IF_MATCH, "must be the case's version as answered in its ETag, a non-negative "
                    + "integer such as \"3\" or 3");
        }
        return MetaData.with(DisputeCase.EXPECTED_VERSION, Long.valueOf(matcher.group(1)));
    }

    /** The entity tag of a case at this version. */
    public static String etag(long version) {
        return "\"" + version + "\"";
    }
}
