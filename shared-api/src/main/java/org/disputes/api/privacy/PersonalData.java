package org.disputes.api.privacy;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An event field holding a customer's personal data (free text a person wrote about them, a location of their
 * evidence): stored only encrypted under the customer's own key, and read as {@value #ERASED} once that key is
 * destroyed. A text field is encrypted whole; a map's text values are, except those the policy reads by name
 * ({@link org.disputes.api.evidence.EvidenceAttribute}), which are typed facts, never free text. docs/PRIVACY.md
 * gives the reason for every field of every event.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface PersonalData {

    /** What an erased field reads, everywhere. */
    String ERASED = "[erased]";

    /**
     * What an erased link to evidence reads inside an event ({@code "[erased]"} is no URI); every view shows it as
     * {@value #ERASED}.
     */
    String ERASED_URI = "urn:disputes:erased";
}
