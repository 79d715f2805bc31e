package org.disputes.console.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A decision's reasons in the reader's language: each of {@code decision.reasonDetails} ({@code {code, args}})
 * worded by the bundle's {@code reason.<code>}, its {@code {name}} placeholders filled from the args. A code the
 * bundle does not know, or a decision recorded without details, falls back to the English sentence recorded with
 * the decision ({@code reasons}), so nothing a regulator must read is ever dropped. English is worded from the
 * bundle too (its sentences equal the recorded ones, ReasonsTest and the browser stories check that).
 */
@Component("reasons")
public class Reasons {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_.]*)(?:\\|([A-Za-z]+))?}");
    private final MessageSource messages;

    public Reasons(MessageSource messages) {
        this.messages = messages;
    }

    public List<String> of(Map<String, Object> decision) {
        return lines(decision).stream().map(Line::text).toList();
    }

    /**
     * The reasons as {@link #of} words them, each with its code and whether it is the recorded English sentence
     * shown as it is (a person's justification, an unknown code, a decision recorded without details).
     */
    public List<Line> lines(Map<String, Object> decision) {
        if (decision == null) {
            return List.of();
        }
        List<String> recorded = strings(decision.get("reasons"));
        List<Line> lines = new ArrayList<>();
        List<?> details = decision.get("reasonDetails") instanceof List<?> d ? d : List.of();
        Locale locale = LocaleContextHolder.getLocale();
        for (int i = 0; i < details.size(); i++) {
            String fallback = i < recorded.size() ? recorded.get(i) : null;
            Map<?, ?> detail = details.get(i) instanceof Map<?, ?> m ? m : Map.of();
            String code = detail.get("code") == null ? null : detail.get("code").toString();
            String sentence = word(detail, locale);
            if (sentence != null) {
                lines.add(new Line(sentence, code, false));
            } else if (fallback != null) {
                lines.add(new Line(fallback, code, true));
            }
        }
        for (int i = details.size(); i < recorded.size(); i++) {
            lines.add(new Line(recorded.get(i), null, true));
        }
        return lines;
    }

    /** One reason as shown: its text, its code (null without details), and whether it is the recorded sentence. */
    public record Line(String text, String code, boolean recorded) {
    }

    /** The sentence of a rule ({@code rule.INR-2}), or empty when the bundle has none. */
    public String rule(Object ruleId) {
        return ruleId == null ? "" : messages.getMessage("rule." + ruleId, null, "", LocaleContextHolder.getLocale());
    }

    /**
     * A reason (or a clause nested in one) in {@code locale}, or null when the bundle lacks its code or the code of
     * anything nested in it. A kind-specific wording ({@code reason.<code>.<kind>}) is preferred when the reason
     * names a case kind. Besides its arguments, a wording may use {@code {label}} (the evidence item it is about)
     * and {@code {courier}}.
     */
    private String word(Map<?, ?> detail, Locale locale) {
        Object code = detail.get("code");
        if (code == null) {
            return null;
        }
        Map<?, ?> args = detail.get("args") instanceof Map<?, ?> a ? a : Map.of();
        String template = args.get("kind") == null ? null
                : messages.getMessage("reason." + code + "." + args.get("kind"), null, null, locale);
        if (template == null) {
            template = messages.getMessage("reason." + code, null, null, locale);
        }
        if (template == null) {
            return null;
        }
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = m.group(2) == null ? placeholder(m.group(1), args, locale)
                    : form(m.group(2), args.get(m.group(1)), locale);
            if (value == null) {
                return null;
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String placeholder(String name, Map<?, ?> args, Locale locale) {
        if ("label".equals(name)) {
            return label(args.get("evidenceType"), args.get("evidenceId"), locale);
        }
        if ("courier".equals(name)) {
            Object courier = args.get("courierId");
            return courier == null ? messages.getMessage("reason.courier.unnamed", null, "the courier", locale)
                    : messages.getMessage("reason.courier.named", new Object[]{courier}, "courier " + courier, locale);
        }
        if ("countedLabel".equals(name)) {
            return args.get("countedEvidenceId") == null
                    ? messages.getMessage("reason.anotherOfType", new Object[]{args.get("evidenceType")},
                    "another " + args.get("evidenceType"), locale)
                    : label(args.get("evidenceType"), args.get("countedEvidenceId"), locale);
        }
        Object value = args.get(name);
        if (value == null) {
            return null;
        }
        return argument(name, value, locale);
    }

    /**
     * An argument in a form of its own ({@code {name|form}}), where a language words one value several ways (the
     * English "1 point" but "2 points", a channel "by phone" but also by its name): {@code raw} is the value as
     * recorded, {@code period} an ISO-8601 period in words, any other form the bundle's {@code reason.<form>.<value>},
     * else its {@code reason.<form>.other} with the value as {0} (also for an absent value). Null when the bundle has
     * neither, so the recorded sentence is shown instead.
     */
    private String form(String form, Object value, Locale locale) {
        if ("raw".equals(form)) {
            return value == null ? null : value.toString();
        }
        if ("period".equals(form)) {
            return value == null ? null : period(value.toString(), locale);
        }
        String worded = value == null ? null : messages.getMessage("reason." + form + "." + value, null, null, locale);
        return worded != null ? worded : messages.getMessage("reason." + form + ".other",
                new Object[]{value == null ? "" : value.toString()}, null, locale);
    }

    /** "2 years", "1 year and 6 months": each unit a choice of the bundle's {@code reason.period.<unit>}. */
    private String period(String iso, Locale locale) {
        Period period;
        try {
            period = Period.parse(iso);
        } catch (DateTimeParseException e) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        int[] amounts = {period.getYears(), period.getMonths(), period.getDays()};
        String[] units = {"years", "months", "days"};
        for (int i = 0; i < amounts.length; i++) {
            if (amounts[i] != 0) {
                String part = messages.getMessage("reason.period." + units[i], new Object[]{amounts[i]}, null, locale);
                if (part == null) {
                    return null;
                }
                parts.add(part);
            }
        }
        if (parts.isEmpty()) {
            return messages.getMessage("reason.period.days", new Object[]{0}, null, locale);
        }
        return String.join(messages.getMessage("reason.join.period", null, " and ", locale), parts);
    }

    private String label(Object type, Object evidenceId, Locale locale) {
        String id = evidenceId == null ? "" : evidenceId.toString();
        return messages.getMessage("reason.label", new Object[]{type, id.substring(0, Math.min(8, id.length()))},
                type + " (evidence " + id + ")", locale);
    }

    /** A nested reason is worded too; a list of them joined; a channel or party in words when the bundle has them. */
    private String argument(String name, Object value, Locale locale) {
        if (value instanceof Map<?, ?> nested) {
            return word(nested, locale);
        }
        if (value instanceof List<?> list) {
            List<String> words = new ArrayList<>();
            for (Object item : list) {
                String worded = argument(name, item, locale);
                if (worded == null) {
                    return null;
                }
                words.add(worded);
            }
            return String.join(messages.getMessage("reason.join." + name, null, "; ", locale), words);
        }
        String text = value.toString();
        return messages.getMessage("reason.arg." + name + "." + text, null, text, locale);
    }

    private static List<String> strings(Object value) {
        List<String> out = new ArrayList<>();
        if (value instanceof List<?> list) {
            list.forEach(v -> out.add(String.valueOf(v)));
        }
        return out;
    }
}
