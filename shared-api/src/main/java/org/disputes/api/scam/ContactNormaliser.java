package org.disputes.api.scam;

import com.google.common.net.InternetDomainName;
import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

import java.net.IDN;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Brings a contact as a customer or an agent wrote it to the one form every spelling of it shares, so that reports
 * of one impersonator are counted together: phone numbers (and numeric SMS senders) to E.164 by libphonenumber, an
 * alphanumeric SMS sender id upper-cased, an e-mail address lower-cased with its domain in ASCII (IDNA), a website to
 * its registrable domain under the Public Suffix List (Guava's copy). Refuses what cannot be read, naming the field.
 */
public final class ContactNormaliser {

    /** Longer than any phone number, address or URL a report needs; a 10 KB "contact" is refused. */
    public static final int MAX_LENGTH = 2048;
    private static final Pattern SENDER_ID = Pattern.compile("[A-Z0-9][A-Z0-9 ._&-]{0,10}");
    private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*://");
    private static final Pattern PORT = Pattern.compile(":[0-9]*$");
    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

    private ContactNormaliser() {
    }

    /**
     * @param country ISO 3166-1 alpha-2 region for reading a national phone number, or null; a number not in
     *                international form ({@code +…} or {@code 00…}) needs it
     */
    public static NormalisedContact normalise(ScamChannel channel, String contact, String country) {
        if (channel == null) {
            throw new UnreadableContact("channel", "is required: one of " + java.util.Arrays.toString(ScamChannel.values()));
        }
        String text = readable(contact);
        String value = switch (channel) {
            case PHONE -> phoneNumber(text, country);
            case SMS -> hasLetter(text) ? senderId(text) : phoneNumber(text, country);
            case EMAIL -> emailAddress(text);
            case WEBSITE -> registrableDomain(text);
        };
        return new NormalisedContact(channel, value);
    }

    private static String readable(String contact) {
        if (contact == null || contact.isBlank()) {
            throw new UnreadableContact("contact", "is required");
        }
        if (contact.length() > MAX_LENGTH) {
            throw new UnreadableContact("contact", "must be at most " + MAX_LENGTH + " characters");
        }
        if (contact.codePoints().anyMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
                || c == '\u2028' || c == '\u2029')) {
            throw new UnreadableContact("contact", "must not contain control characters");
        }
        return contact.strip();
    }

    private static String phoneNumber(String text, String country) {
        boolean international = text.startsWith("+") || text.startsWith("00");
        String region;
        if (country == null) {
            if (!international && (hasLetter(text) || text.chars().filter(Character::isDigit).count() < 5)) {
                throw new UnreadableContact("contact", "is not a phone number that can be read");
            }
            if (!international) {
                throw new UnreadableContact("country",
                        "is required for a phone number not in international form (+33 1 23 45 67 89)");
            }
            region = "ZZ";
            // without a country to say which international prefix is dialled, 00 is the one most of the world uses
            text = text.startsWith("00") ? "+" + text.substring(2) : text;
        } else {
            region = country.toUpperCase(Locale.ROOT);
            if (!country.matches("[A-Za-z]{2}") || !PHONES.getSupportedRegions().contains(region)) {
                throw new UnreadableContact("country", "must be an ISO 3166-1 alpha-2 country code such as FR");
            }
        }
        PhoneNumber number;
        try {
            number = PHONES.parse(text, region);
        } catch (NumberParseException e) {
            throw new UnreadableContact("contact", "is not a phone number that can be read");
        }
        if (!PHONES.isValidNumber(number)) {
            throw new UnreadableContact("contact", "is not a valid phone number"
                    + (country == null ? "" : " in " + region + " or in international form"));
        }
        return PHONES.format(number, PhoneNumberUtil.PhoneNumberFormat.E164);
    }

    private static boolean hasLetter(String text) {
        return text.chars().anyMatch(Character::isLetter);
    }

    private static String senderId(String text) {
        String upper = text.toUpperCase(Locale.ROOT);
        if (!SENDER_ID.matcher(upper).matches()) {
            throw new UnreadableContact("contact", "is neither a phone number nor an SMS sender id"
                    + " (1 to 11 letters, digits, spaces or . _ & -)");
        }
        return upper;
    }

    private static String emailAddress(String text) {
        int at = text.lastIndexOf('@');
        if (at <= 0 || text.indexOf('@') != at || at > 64 || text.chars().anyMatch(Character::isWhitespace)) {
            throw new UnreadableContact("contact", "must be an e-mail address such as name@example.com");
        }
        String domain = domain(text.substring(at + 1),
                "must be an e-mail address with a domain, such as name@example.com");
        return text.substring(0, at).toLowerCase(Locale.ROOT) + "@" + domain;
    }

    private static String registrableDomain(String text) {
        if (text.chars().anyMatch(Character::isWhitespace)) {
            throw new UnreadableContact("contact", "must be a web address or a domain such as example.com");
        }
        String rest = SCHEME.matcher(text).lookingAt() ? text.substring(text.indexOf("://") + 3) : text;
        int end = rest.length();
        for (char stop : new char[]{'/', '?', '#'}) {
            int i = rest.indexOf(stop);
            end = i >= 0 ? Math.min(end, i) : end;
        }
        String authority = rest.substring(0, end);
        String host = PORT.matcher(authority.substring(authority.lastIndexOf('@') + 1)).replaceFirst("");
        InternetDomainName name = InternetDomainName.from(
                domain(host, "must be a web address or a domain such as example.com"));
        return name.topPrivateDomain().toString();
    }

    /** A domain in lower-case ASCII with a registrable part (not only a public suffix such as co.uk). */
    private static String domain(String written, String unreadable) {
        String trimmed = written.endsWith(".") ? written.substring(0, written.length() - 1) : written;
        String ascii;
        try {
            ascii = IDN.toASCII(trimmed, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            throw new UnreadableContact("contact", unreadable);
        }
        if (ascii.isEmpty() || !InternetDomainName.isValid(ascii)) {
            throw new UnreadableContact("contact", unreadable);
        }
        InternetDomainName name = InternetDomainName.from(ascii);
        if (name.isPublicSuffix()) {
            throw new UnreadableContact("contact", "names only a public suffix (" + ascii
                    + "), which nobody registers; give the whole domain");
        }
        if (!name.isUnderPublicSuffix()) {
            throw new UnreadableContact("contact", unreadable);
        }
        return ascii;
    }
}
