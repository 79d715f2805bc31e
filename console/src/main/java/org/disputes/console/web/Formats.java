package org.disputes.console.web;

import org.disputes.console.config.ConsoleProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Dates, amounts and durations in the reader's locale, for templates ({@code ${@fmt.instant(c.filedAt)}}). Values
 * come as the services send them (ISO-8601 strings, amounts as decimal strings); anything unreadable is shown as
 * it came rather than failing the page.
 */
@Component("fmt")
public class Formats {

    private final ConsoleProperties properties;
    private final MessageSource messages;
    private final Clock clock;

    public Formats(ConsoleProperties properties, MessageSource messages, Clock clock) {
        this.properties = properties;
        this.messages = messages;
        this.clock = clock;
    }

    public String instant(Object iso) {
        if (iso == null || iso.toString().isBlank()) {
            return "";
        }
        try {
            Locale locale = LocaleContextHolder.getLocale();
            DateTimeFormatter format = new DateTimeFormatterBuilder()
                    .appendLocalized(FormatStyle.MEDIUM, FormatStyle.SHORT).appendLiteral(' ')
                    .appendZoneText(TextStyle.SHORT).toFormatter(locale).withZone(properties.zone());
            return format.format(Instant.parse(iso.toString()));
        } catch (RuntimeException unreadable) {
            return iso.toString();
        }
    }

    /** {@code {"value": "1229.00", "currency": "EUR"}} as the reader writes money. */
    public String money(Object money) {
        if (!(money instanceof Map<?, ?> m) || m.get("value") == null) {
            return "";
        }
        return amount(m.get("value"), m.get("currency"));
    }

    public String amount(Object value, Object currency) {
        if (value == null) {
            return "";
        }
        try {
            NumberFormat format = NumberFormat.getCurrencyInstance(LocaleContextHolder.getLocale());
            if (currency != null) {
                Currency c = Currency.getInstance(currency.toString());
                format.setCurrency(c);
                format.setMinimumFractionDigits(c.getDefaultFractionDigits());
            }
            return format.format(new BigDecimal(value.toString()));
        } catch (RuntimeException unreadable) {
            return value + (currency == null ? "" : " " + currency);
        }
    }

    /** The time left until {@code iso}, or how long it is overdue, in words. */
    public String until(Object iso) {
        if (iso == null) {
            return "";
        }
        try {
            Duration left = Duration.between(clock.instant(), Instant.parse(iso.toString()));
            return left.isNegative()
                    ? message("time.overdue", duration(left.negated()))
                    : message("time.left", duration(left));
        } catch (RuntimeException unreadable) {
            return "";
        }
    }

    public boolean isPast(Object iso) {
        try {
            return iso != null && Instant.parse(iso.toString()).isBefore(clock.instant());
        } catch (RuntimeException unreadable) {
            return false;
        }
    }

    /** At most the two largest units: "2 days 3 hours", "5 minutes", "12 seconds". */
    public String duration(Duration d) {
        List<String> parts = new ArrayList<>();
        long[] amounts = {d.toDaysPart(), d.toHoursPart(), d.toMinutesPart(), d.toSecondsPart()};
        String[] units = {"days", "hours", "minutes", "seconds"};
        for (int i = 0; i < amounts.length && parts.size() < 2; i++) {
            if (amounts[i] > 0 || (!parts.isEmpty())) {
                if (amounts[i] > 0) {
                    parts.add(message("duration." + units[i], amounts[i]));
                } else {
                    break;
                }
            }
        }
        return parts.isEmpty() ? message("duration.seconds", 0) : String.join(" ", parts);
    }

    public String number(Object value) {
        if (value == null) {
            return "";
        }
        try {
            return NumberFormat.getNumberInstance(LocaleContextHolder.getLocale())
                    .format(new BigDecimal(value.toString()));
        } catch (RuntimeException unreadable) {
            return value.toString();
        }
    }

    public String percent(Object fraction) {
        if (fraction == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getPercentInstance(LocaleContextHolder.getLocale());
        format.setMaximumFractionDigits(1);
        return format.format(new BigDecimal(fraction.toString()));
    }

    /** A count a service gives either as a number or as the list of what it counts. */
    public String count(Object value) {
        return value instanceof java.util.Collection<?> c ? number(c.size()) : number(value);
    }

    /** One line of a history a service gives either as a sentence or as an entry with its {@code summary}. */
    public String sentence(Object entry) {
        if (entry instanceof Map<?, ?> m) {
            Object summary = m.get("summary");
            Object at = m.get("at");
            return (at == null ? "" : instant(at) + " — ") + (summary == null ? String.valueOf(m) : summary);
        }
        return entry == null ? "" : entry.toString();
    }

    /** The label of a field the service named ({@code amount.value} → "Amount"), or its name when unknown. */
    public String fieldLabel(String apiField) {
        String plain = apiField.replaceAll("\\[\\d+]", "");
        return messages.getMessage("field." + plain, null, apiField, LocaleContextHolder.getLocale());
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
