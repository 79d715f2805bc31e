package org.disputes.api.scam;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every spelling of one contact comes out as one normalised contact, with one id; unreadable ones are refused. */
class ContactNormaliserTest {

    @ParameterizedTest(name = "[{0}] country {1}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "+33 1 23 45 67 89    | -",
            "+33123456789         | -",
            "+33.1.23.45.67.89    | -",
            "+33-1-23-45-67-89    | -",
            "0033 1 23 45 67 89   | -",
            "+33 (0)1 23 45 67 89 | -",
            "01 23 45 67 89       | FR",
            "01.23.45.67.89       | fr",
            "0033123456789        | FR",
            "+33 1 23 45 67 89    | DE",
    })
    void oneFrenchNumberWrittenManyWaysIsOneContact(String written, String country) {
        NormalisedContact contact = ContactNormaliser.normalise(ScamChannel.PHONE, written, country);
        assertThat(contact.value()).isEqualTo("+33123456789");
        assertThat(contact.contactId()).isEqualTo(
                ContactNormaliser.normalise(ScamChannel.PHONE, "+33 1 23 45 67 89", null).contactId());
    }

    @ParameterizedTest(name = "[{0}]")
    @CsvSource({
            "https://Login.Amazon-Support.co.uk/x",
            "amazon-support.co.uk.",
            "http://amazon-support.co.uk:8080",
            "https://secure-login.amazon-support.co.uk/x?y",
            "AMAZON-SUPPORT.CO.UK",
            "https://user@www.amazon-support.co.uk/login#top",
    })
    void aWebsiteIsItsRegistrableDomain(String written) {
        assertThat(ContactNormaliser.normalise(ScamChannel.WEBSITE, written, null).value())
                .isEqualTo("amazon-support.co.uk");
    }

    @Test
    void anInternationalisedDomainAndItsPunycodeAreOne() {
        NormalisedContact unicode = ContactNormaliser.normalise(ScamChannel.WEBSITE, "https://shop.bücher.de/", null);
        NormalisedContact ascii = ContactNormaliser.normalise(ScamChannel.WEBSITE, "xn--bcher-kva.de", null);
        assertThat(unicode).isEqualTo(ascii);
        assertThat(ascii.value()).isEqualTo("xn--bcher-kva.de");
        assertThat(ContactNormaliser.normalise(ScamChannel.EMAIL, "Support@Bücher.DE", null))
                .isEqualTo(ContactNormaliser.normalise(ScamChannel.EMAIL, " support@xn--bcher-kva.de ", null))
                .extracting(NormalisedContact::value).isEqualTo("support@xn--bcher-kva.de");
    }

    @Test
    void aPrivateSuffixCountsAsPublic() {
        // a scammer's page on a shared host is theirs alone, not the host's
        assertThat(ContactNormaliser.normalise(ScamChannel.WEBSITE, "https://amazon-refunds.github.io/claim", null)
                .value()).isEqualTo("amazon-refunds.github.io");
    }

    @Test
    void anSmsSenderIsANumberOrAnUpperCasedId() {
        assertThat(ContactNormaliser.normalise(ScamChannel.SMS, "Amazon-Info", null).value()).isEqualTo("AMAZON-INFO");
        assertThat(ContactNormaliser.normalise(ScamChannel.SMS, "06 12 34 56 78", "FR").value())
                .isEqualTo("+33612345678");
        assertThat(ContactNormaliser.normalise(ScamChannel.SMS, "+33612345678", null).contactId())
                .as("the same number by SMS and by phone are two contacts")
                .isNotEqualTo(ContactNormaliser.normalise(ScamChannel.PHONE, "+33612345678", null).contactId());
    }

    @ParameterizedTest(name = "{0} [{1}] → {2}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "PHONE   | 12                        | contact",
            "PHONE   | not a number              | contact",
            "PHONE   | +33 1 23                  | contact",
            "PHONE   | 01 23 45 67 89            | country",
            "WEBSITE | co.uk                     | contact",
            "WEBSITE | https://co.uk/login       | contact",
            "WEBSITE | localhost                 | contact",
            "WEBSITE | https://192.168.1.10/x    | contact",
            "WEBSITE | amazon support.com        | contact",
            "EMAIL   | support@                  | contact",
            "EMAIL   | support                   | contact",
            "EMAIL   | @amazon.com               | contact",
            "EMAIL   | support@co.uk             | contact",
            "EMAIL   | a@b@amazon.com            | contact",
            "SMS     | AMAZON SUPPORT TEAM       | contact",
            "SMS     | -                         | contact",
    })
    void unreadableContactsAreRefusedNamingTheField(ScamChannel channel, String written, String field) {
        assertThatThrownBy(() -> ContactNormaliser.normalise(channel, written, null))
                .isInstanceOf(UnreadableContact.class)
                .satisfies(e -> assertThat(((UnreadableContact) e).field()).isEqualTo(field));
    }

    @Test
    void controlCharactersAndHugeContactsAreRefused() {
        assertThatThrownBy(() -> ContactNormaliser.normalise(ScamChannel.PHONE, "+33 1 23 45\u0000 67 89", null))
                .isInstanceOf(UnreadableContact.class).hasMessageContaining("control");
        assertThatThrownBy(() -> ContactNormaliser.normalise(ScamChannel.WEBSITE, "amazon.com\nevil.com", null))
                .isInstanceOf(UnreadableContact.class).hasMessageContaining("control");
        assertThatThrownBy(() -> ContactNormaliser.normalise(ScamChannel.EMAIL,
                "a".repeat(10 * 1024) + "@amazon.com", null))
                .isInstanceOf(UnreadableContact.class).hasMessageContaining("at most");
    }

    @Test
    void anUnknownCountryIsRefusedNamingCountry() {
        assertThatThrownBy(() -> ContactNormaliser.normalise(ScamChannel.PHONE, "01 23 45 67 89", "XX"))
                .isInstanceOf(UnreadableContact.class)
                .satisfies(e -> assertThat(((UnreadableContact) e).field()).isEqualTo("country"));
    }

    @Test
    void contactIdsAreVersion5AndStable() {
        ScamContactId id = ContactNormaliser.normalise(ScamChannel.WEBSITE, "amazon-support.co.uk", null).contactId();
        assertThat(id.value().version()).isEqualTo(5);
        assertThat(id).isEqualTo(new NormalisedContact(ScamChannel.WEBSITE, "amazon-support.co.uk").contactId());
        // RFC 9562's example of a version-5 UUID: www.example.com in the DNS namespace
        assertThat(NameBasedUuid.v5(UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8"), "www.example.com"))
                .isEqualTo(UUID.fromString("2ed6657d-e927-568b-95e1-2665a8aea6a2"));
    }
}
