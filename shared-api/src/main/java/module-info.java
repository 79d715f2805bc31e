/**
 * A named module only so that {@link org.disputes.api.CaseEvent} may be sealed over the feature packages (the
 * language's rule for a sealed type whose subtypes live in other packages). Both services still put this jar on
 * the class path, where the JVM accepts the permitted subtypes as they are public and loaded by one class loader.
 */
module org.disputes.api {
    requires static com.fasterxml.jackson.annotation;
    requires static org.axonframework.modelling;
    requires com.google.common;
    requires com.google.i18n.phonenumbers.libphonenumber;

    exports org.disputes.api;
    exports org.disputes.api.adjudication;
    exports org.disputes.api.claim;
    exports org.disputes.api.evidence;
    exports org.disputes.api.fraud;
    exports org.disputes.api.refund;
    exports org.disputes.api.privacy;
    exports org.disputes.api.scam;
}
